import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { migrate } from '../../src/cli/commands/migrate.js';
import { InputError } from '../../src/errors.js';
import { snapshot, updateFile } from '../../src/fs/update-file.js';
import type { Migration } from '../../src/versions/migrations.js';
import { MINIMAL, tempFolders } from '../helpers.js';

/** src/fs/update-file.ts: how every command that rewrites a strategy does it, under a lock, losing no change. */

const folder = tempFolders();
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));
const OPTIONS = { command: 'bump', shown: 'strategy.yaml' };

describe('updateFile', () => {
  it('writes what produce returns, returns its result and leaves no lock or temporary file', async () => {
    const { dir, write } = folder();
    const file = write('strategy.yaml', 'a: 1\n');
    const result = await updateFile(file, OPTIONS, async () => ({ text: `${readFileSync(file, 'utf8')}b: 2\n`, result: 'done' }));
    expect(result).toBe('done');
    expect(readFileSync(file, 'utf8')).toBe('a: 1\nb: 2\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('applies runs one after another: ten at once all land', async () => {
    const { write } = folder();
    const file = write('strategy.yaml', '');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => updateFile(file, OPTIONS, async () => ({ text: `${readFileSync(file, 'utf8')}line ${i}\n`, result: undefined }))),
    );
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `line ${i}`).sort());
  });

  it('refuses, writing nothing, when something else changes the file while the command runs', async () => {
    const { dir, write } = folder();
    const file = write('strategy.yaml', 'a: 1\n');
    const run = updateFile(file, OPTIONS, async () => {
      // An editor saves the file after the command read it.
      appendFileSync(file, '# saved in an editor\n');
      return { text: 'a: 2\n', result: undefined };
    });
    await expect(run).rejects.toThrow(new InputError('strategy.yaml changed while bump ran; nothing written (run bump again)'));
    expect(readFileSync(file, 'utf8')).toBe('a: 1\n# saved in an editor\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses when the file is no longer what the command first read (a questionnaire ran meanwhile)', async () => {
    const { write } = folder();
    const file = write('strategy.yaml', 'a: 1\n');
    const expected = await snapshot(file);
    appendFileSync(file, 'b: 2\n');
    await expect(updateFile(file, { ...OPTIONS, command: 'init', expected }, async () => ({ text: 'c: 3\n', result: undefined }))).rejects.toThrow(/changed while init ran; nothing written/);
    expect(readFileSync(file, 'utf8')).toBe('a: 1\nb: 2\n');

    // A file that did not exist when the command started and does now.
    const fresh = join(folder().dir, 'new.yaml');
    const absent = await snapshot(fresh);
    expect(absent.bytes).toBeUndefined();
    mkdirSync(join(fresh, '..'), { recursive: true });
    appendFileSync(fresh, 'someone: else\n');
    await expect(updateFile(fresh, { ...OPTIONS, command: 'init', expected: absent }, async () => ({ text: 'c: 3\n', result: undefined }))).rejects.toThrow(/changed while init ran/);
    expect(readFileSync(fresh, 'utf8')).toBe('someone: else\n');
  });

  it('leaves the file untouched when there is nothing to change', async () => {
    const { write } = folder();
    const file = write('strategy.yaml', 'a: 1\n');
    utimesSync(file, new Date('2026-01-01'), new Date('2026-01-01'));
    await updateFile(file, OPTIONS, async () => ({ text: undefined, result: undefined }));
    expect(statSync(file).mtime.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('takes over a lock left by a run that was killed, once it is stale', async () => {
    const { dir, write } = folder();
    const file = write('strategy.yaml', 'a: 1\n');
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    await updateFile(file, OPTIONS, async () => ({ text: 'a: 2\n', result: undefined }));
    expect(readFileSync(file, 'utf8')).toBe('a: 2\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe at once instead of waiting for a writer', async () => {
    const { dir } = folder();
    const fifo = join(dir, 'strategy.yaml');
    execFileSync('mkfifo', [fifo]);
    await expect(updateFile(fifo, OPTIONS, async () => ({ text: 'a: 1\n', result: undefined }))).rejects.toThrow('strategy.yaml: is a named pipe, not a regular file');
  });
});

/** A one-step migration for the tests: socialplan/v0 has `metadata.heading` where v1 has `metadata.title`. */
const V0_TO_V1: Migration = {
  from: 'socialplan/v0',
  to: 'socialplan/v1',
  summary: 'metadata.heading is called metadata.title.',
  migrate(doc: Document) {
    doc.setIn(['metadata', 'title'], doc.getIn(['metadata', 'heading']));
    doc.deleteIn(['metadata', 'heading']);
  },
};
const V0 = MINIMAL.replace('apiVersion: socialplan/v1', 'apiVersion: socialplan/v0').replace('  title: Minimal strategy', '  heading: Minimal strategy');

describe('migrate under the lock', () => {
  it('two migrations at once: one migrates, the other finds nothing to do', async () => {
    const { dir, write } = folder();
    write('legacy.yaml', V0);
    const results = await Promise.all([1, 2].map(() => migrate({ file: 'legacy.yaml', dryRun: false, cwd: dir, migrations: [V0_TO_V1] })));
    expect(results.map((r) => r.stdout.split('\n')[0]).sort()).toEqual(['legacy.yaml is already socialplan/v1; nothing to do.', 'legacy.yaml: socialplan/v0 -> socialplan/v1']);
    expect(readFileSync(join(dir, 'legacy.yaml'), 'utf8')).toContain('  title: Minimal strategy');
  });

  it('an edit saved while it migrates is kept, and the migration refused', async () => {
    const { dir, write } = folder();
    const file = write('legacy.yaml', V0);
    const editing: Migration = {
      ...V0_TO_V1,
      migrate(doc) {
        appendFileSync(file, '# saved in an editor meanwhile\n');
        V0_TO_V1.migrate(doc);
      },
    };
    await expect(migrate({ file: 'legacy.yaml', dryRun: false, cwd: dir, migrations: [editing] })).rejects.toThrow(
      'legacy.yaml changed while migrate ran; nothing written (run migrate again)',
    );
    expect(readFileSync(file, 'utf8')).toBe(`${V0}# saved in an editor meanwhile\n`);
    expect(leftovers(dir)).toEqual([]);
  });
});
