import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder socialplan is installed in, where package.json, templates/ and schema/ are: the first
 * folder up from this code that holds a package.json, whether the code runs from src/ (the tests)
 * or bundled into dist/ (the command).
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('socialplan cannot find its own package.json');
    dir = up;
  }
  return (root = dir);
}

/** Where a page of socialplan's documentation is, in the installed package (docs/ ships with it). */
export function docsPath(page: string): string {
  return join(packageRoot(), 'docs', page);
}
