import { posix, win32 } from 'node:path';

/** Where the command ran and the repository it ran in, both absolute: CI formats name files from the repository root. */
export interface Workspace {
  cwd: string;
  root: string;
}

/**
 * The file as CI tools want it, whatever folder the command ran from and however the file was
 * named (relative, `./x`, absolute): relative to the repository root with forward slashes, as
 * GitHub, GitLab and SARIF consumers match paths textually. A file outside the repository keeps
 * its absolute path (`inRepository: false`). Paths are worked out as text, the way the platform
 * writes them; nothing is read from the disk.
 */
export function repositoryPath(file: string, workspace: Workspace): { path: string; inRepository: boolean } {
  const path = /^[A-Za-z]:[\\/]|\\/.test(workspace.root) ? win32 : posix;
  const absolute = path.resolve(workspace.cwd, file);
  const relative = path.relative(workspace.root, absolute);
  const inside = relative !== '' && !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
  return { path: (inside ? relative : absolute).split(path.sep).join('/'), inRepository: inside };
}
