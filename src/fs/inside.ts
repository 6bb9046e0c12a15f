import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where a path leads once every symbolic link on the way is followed. For a path that does not exist
 * (yet), the real path of the deepest folder that does, with the rest appended: reading it will fail
 * anyway, and it still lies where its existing folders do.
 */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

/** Whether `path` is `folder` or lies below it; both already resolved. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

/**
 * The git repository's top folder: the nearest of `dir` and its parents that holds .git (a folder,
 * or a file in a worktree or a submodule); undefined when `dir` is in no repository.
 */
export function gitRoot(dir: string): string | undefined {
  for (let at = resolve(dir); ; ) {
    if (existsSync(join(at, '.git'))) return at;
    const parent = dirname(at);
    if (parent === at) return undefined;
    at = parent;
  }
}
