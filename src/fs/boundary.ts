import { dirname, resolve } from 'node:path';
import { gitRoot, isInside, realPath } from './inside.js';

/**
 * The folder a run works in: the git repository around the working folder, or the working folder
 * itself outside git. A pull request can commit a symbolic link anywhere in it (strategy.yaml ->
 * /proc/self/environ, briefings -> ~/.ssh, socialplan.sarif's folder -> elsewhere), so a path that
 * lies inside this folder as it is written must also lie inside it once its links are followed.
 * A path the user writes outside it (an absolute path elsewhere) is theirs to name.
 */
let boundary: { lexical: string; real: string; repository: boolean } | undefined;

/** Set once by the CLI, before any file is read or written. */
export function setBoundary(cwd: string): void {
  const repository = gitRoot(cwd);
  const lexical = resolve(repository ?? cwd);
  boundary = { lexical, real: realPath(lexical), repository: repository !== undefined };
}

/**
 * Why `path` may not be used: it lies in the working folder or repository as written, and leads out
 * of it through a link. `parentOnly` for a file about to be written whose own link is replaced, not
 * followed: only the folders on its way count.
 */
export function leavesBoundary(path: string, options: { parentOnly?: boolean } = {}): string | undefined {
  if (!boundary) return undefined;
  const absolute = resolve(path);
  if (!isInside(absolute, boundary.lexical)) return undefined;
  const real = options.parentOnly ? realPath(dirname(absolute)) : realPath(absolute);
  if (isInside(real, boundary.real)) return undefined;
  const where = boundary.repository ? `the repository (${boundary.lexical})` : `the working folder (${boundary.lexical})`;
  return `leads outside ${where} through a symbolic link, to ${real}; name that file itself if it is the one you mean`;
}
