import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers.js';

/**
 * socialplan writes its output straight to file descriptors 1 and 2 (src/cli/io.ts): every byte must
 * still arrive however the reader behaves, a reader that goes away ends only the output, and output
 * that cannot be written at all is a failure with a message, never a stack trace or a silent exit 0.
 */

const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' };
const NONBLOCKING = join(ROOT, 'test', 'fixtures', 'nonblocking-stdout.cjs');

/** The schema as written to a file, to compare what arrives through a pipe with. */
function schemaText(): string {
  const { dir } = tempDir();
  const out = join(dir, 'schema.json');
  expect(spawnSync(process.execPath, [BIN, 'schema', '--out', out], { env }).status).toBe(0);
  return readFileSync(out, 'utf8');
}

/** Run `args` (node arguments), read its stdout only after `waitMs`, and return all of it. */
function readLate(args: string[], waitMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), waitMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr }));
  });
}

describe('output through a pipe', () => {
  const expected = schemaText();

  it('a pipe whose reader is slow gets every byte (the schema is larger than a pipe holds)', async () => {
    expect(Buffer.byteLength(expected)).toBeGreaterThan(65_536 * 2);
    const run = await readLate([BIN, 'schema'], 300);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('a non-blocking pipe shared with the parent gets every byte, in order', async () => {
    const run = await readLate([NONBLOCKING, BIN, 'schema'], 300);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('a reader that goes away ends the output quietly, with the command’s own exit code', () => {
    const run = spawnSync('/bin/sh', ['-c', `{ "${process.execPath}" "${BIN}" schema; echo "exit $?" >&2; } | head -c 10 >/dev/null`], { env, encoding: 'utf8' });
    expect(run.stderr).toBe('exit 0\n');
  });

  it('a non-blocking pipe whose reader goes away with output still queued: the run ends, it does not hang', async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [NONBLOCKING, BIN, 'schema'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stdout.pause();
      setTimeout(() => child.stdout.destroy(), 300);
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => done({ code, stderr }));
    });
    expect(run).toEqual({ code: 0, stderr: '' });
  }, 10_000);
});

describe.runIf(existsSync('/dev/full'))('output that cannot be written', () => {
  it('stdout on a full disk: exit 2 and one line saying so, not exit 0 with the report lost', () => {
    const run = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" check examples/portfolio.yaml --as-of 2026-11-25 --format sarif >/dev/full`], { env, cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('socialplan: cannot write to stdout: no space left on the device (ENOSPC)\n');
  });
});
