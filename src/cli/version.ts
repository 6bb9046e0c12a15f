import { readFileSync } from 'node:fs';

/** The package's version, read when asked rather than bundled, so it cannot drift from package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
