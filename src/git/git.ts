import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';

/**
 * The few things socialplan asks git: who the user is, an earlier revision of a file, and the
 * revisions that touched it. Plain `git` subprocesses with arguments, never a shell.
 */

export class GitError extends Error {}

function git(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        fail(new GitError(code === 'ENOENT' ? 'git is not installed' : (stderr.trim().split('\n')[0] ?? error.message)));
      } else {
        done(stdout);
      }
    });
  });
}

/** `git config user.name`, or undefined when git or the setting is missing. */
export async function userName(cwd: string): Promise<string | undefined> {
  try {
    return (await git(['config', 'user.name'], cwd)).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The file's path from the root of its repository, as `git show REV:path` needs it. */
async function repoPath(file: string, cwd: string): Promise<{ root: string; path: string }> {
  // Through symlinks, as git names its root: a path by way of a linked folder (macOS's /tmp) would be "outside" it.
  const absolute = await realpath(resolve(cwd, file)).catch(() => resolve(cwd, file));
  const root = (await git(['rev-parse', '--show-toplevel'], dirname(absolute))).trim();
  return { root, path: relative(root, absolute).split('\\').join('/') };
}

/** The file's text at a revision (a commit, tag or branch). */
export async function showAt(file: string, revision: string, cwd: string): Promise<string> {
  if (revision.startsWith('-')) throw new GitError(`"${revision}" is not a revision`);
  const { root, path } = await repoPath(file, cwd);
  return git(['show', `${revision}:${path}`], root);
}

/** The commits that changed the file, newest first (at most `limit`). */
export async function revisionsOf(file: string, cwd: string, limit: number): Promise<string[]> {
  const { root, path } = await repoPath(file, cwd);
  const out = await git(['log', `-n${limit}`, '--format=%H', '--', path], root);
  return out.split('\n').filter(Boolean);
}
