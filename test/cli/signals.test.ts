import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, MINIMAL, ROOT, runCli, tempFolders } from '../helpers.js';

/**
 * A signal in the middle of a write (Ctrl-C outside a prompt, CI cancelling a job) leaves the folder
 * as it was: no hidden temporary file, no lock, and the exit code a shell gives for that signal.
 * test/fixtures/pause-writes.cjs holds the run at the moment its first temporary file is open, until
 * the test has sent the signal.
 */

const folder = tempFolders('signal-');
const PAUSE = join(ROOT, 'test', 'fixtures', 'pause-writes.cjs');
const PORTFOLIO = readFileSync(join(ROOT, 'examples', 'portfolio.yaml'), 'utf8');

/** Run socialplan until it is writing, send `signal`, and say how it ended. */
function interrupt(args: string[], cwd: string, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; paused: boolean }> {
  return new Promise((done) => {
    const resume = join(cwd, '..', `${basename(cwd)}.resume`);
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_OPTIONS: `--require ${PAUSE}`, SOCIALPLAN_TEST_RESUME: resume },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let paused = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (!paused && stderr.includes('paused: ')) {
        paused = true;
        child.kill(signal);
        writeFileSync(resume, '');
      }
    });
    child.on('exit', (code) => done({ code, stderr, paused }));
  });
}

const hidden = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.') || f.endsWith('.lock'));

describe('a signal while socialplan writes', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('render, %s: exit %i, the briefings as they were, no temporary file', async (signal, code) => {
    const { dir, write } = folder();
    write('strategy.yaml', PORTFOLIO);
    expect(runCli(['render', 'strategy.yaml', '--out', 'out', '--as-of', '2026-11-25'], { cwd: dir }).status).toBe(0);
    const before = Object.fromEntries(readdirSync(join(dir, 'out')).map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')]));
    write('strategy.yaml', PORTFOLIO.replace('version: 2.3.1', 'version: 2.4.0'));
    const run = await interrupt(['render', 'strategy.yaml', '--out', 'out', '--as-of', '2026-11-25'], dir, signal);
    expect(run.paused).toBe(true);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(`socialplan: interrupted by ${signal}\n`);
    expect(Object.fromEntries(readdirSync(join(dir, 'out')).map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')]))).toEqual(before);
  });

  it('init, SIGINT: exit 130, the old strategy kept, no temporary file', async () => {
    const { dir, write } = folder();
    write('strategy.yaml', MINIMAL);
    const run = await interrupt(['init', '--yes', '--force'], dir, 'SIGINT');
    expect(run.paused).toBe(true);
    expect(run.code).toBe(130);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(MINIMAL);
    expect(hidden(dir)).toEqual([]);
  });

  it('bump, SIGTERM: exit 143, the strategy as it was, its lock released', async () => {
    const { dir, write } = folder();
    write('strategy.yaml', MINIMAL);
    const run = await interrupt(['bump', 'patch', 'strategy.yaml', '-m', 'A change.', '--author', 'Ada'], dir, 'SIGTERM');
    expect(run.paused).toBe(true);
    expect(run.code).toBe(143);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(MINIMAL);
    expect(hidden(dir)).toEqual([]);
    // The next run is not kept waiting by a lock.
    expect(runCli(['bump', 'patch', 'strategy.yaml', '-m', 'A change.', '--author', 'Ada'], { cwd: dir }).status).toBe(0);
  });
});
