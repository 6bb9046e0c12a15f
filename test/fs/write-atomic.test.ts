import { chmodSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { prepareReplacement, removeTemporaries, writeAllAtomic, writeAtomic } from '../../src/fs/write-atomic.js';
import { tempFolders } from '../helpers.js';

/** How src/fs/write-atomic.ts writes every file socialplan writes: whole or not at all, leaving nothing behind. */

const folder = tempFolders();
const posix = process.platform !== 'win32';

describe('writeAtomic', () => {
  it('writes a new file, durable or not, and leaves no temporary file', async () => {
    const { dir } = folder();
    await writeAtomic(join(dir, 'a.yaml'), 'a: 1\n');
    await writeAtomic(join(dir, 'b.md'), '# b\n', { durable: false });
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('a: 1\n');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('# b\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.md']);
  });

  it('replaces a file whole, and writes many side by side', async () => {
    const { dir, write } = folder();
    const file = write('strategy.yaml', 'old: true\n'.repeat(1000));
    await writeAtomic(file, 'new: true\n');
    expect(readFileSync(file, 'utf8')).toBe('new: true\n');
    const names = Array.from({ length: 20 }, (_, i) => `brief-${i}.md`);
    await Promise.all(names.map((n) => writeAtomic(join(dir, n), `# ${n}\n`, { durable: false })));
    for (const n of names) expect(readFileSync(join(dir, n), 'utf8')).toBe(`# ${n}\n`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(!posix)('keeps the mode of the file it replaces; a new file gets the umask\'s', async () => {
    const { dir, write } = folder();
    const file = write('private.yaml', 'a: 1\n');
    chmodSync(file, 0o600);
    await writeAtomic(file, 'a: 2\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    chmodSync(file, 0o660);
    await writeAtomic(file, 'a: 3\n');
    expect(statSync(file).mode & 0o777).toBe(0o660);
    const fresh = join(dir, 'fresh.yaml');
    await writeAtomic(fresh, 'a: 1\n');
    expect(statSync(fresh).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it.skipIf(!posix)('replaces a symbolic link itself by default: an output never lands where a link points', async () => {
    const { dir, write } = folder();
    const outside = write('bashrc', 'export PATH=/usr/bin\n');
    const link = join(dir, 'report.sarif');
    symlinkSync(outside, link);
    await writeAtomic(link, '{}\n');
    expect(readFileSync(outside, 'utf8')).toBe('export PATH=/usr/bin\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8')).toBe('{}\n');
  });

  it.skipIf(!posix)('with followLink, writes through a symbolic link, which stays a link', async () => {
    const { dir, write } = folder();
    mkdirSync(join(dir, 'real'));
    const target = write('real/strategy.yaml', 'a: 1\n');
    const link = join(dir, 'strategy.yaml');
    symlinkSync(target, link);
    await writeAtomic(link, 'a: 2\n', { followLink: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('a: 2\n');
    expect(readdirSync(join(dir, 'real'))).toEqual(['strategy.yaml']);
  });

  it('fails with one message naming the file, and leaves what was there and no temporary file', async () => {
    const { dir, write } = folder();
    const missing = join(dir, 'no-such-folder', 'a.yaml');
    await expect(writeAtomic(missing, 'x')).rejects.toThrow(new InputError(`${missing}: cannot be written: the folder does not exist (ENOENT)`));

    // A folder where the file should be: the rename fails after the temporary file was written.
    mkdirSync(join(dir, 'briefing.md'));
    write('briefing.md/keep.txt', 'kept');
    await expect(writeAtomic(join(dir, 'briefing.md'), '# x\n')).rejects.toThrow(/briefing\.md: cannot be written: .+ \((EISDIR|EEXIST|ENOTEMPTY|EPERM)\)$/);
    expect(readFileSync(join(dir, 'briefing.md', 'keep.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['briefing.md']);

    // A read-only folder (root may write anyway, so only where the test does not run as root).
    if (posix && process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      const file = join(locked, 'a.yaml');
      writeFileSync(file, 'a: 1\n');
      chmodSync(locked, 0o555);
      try {
        await expect(writeAtomic(file, 'a: 2\n')).rejects.toThrow(`${file}: cannot be written: permission denied (EACCES)`);
        expect(readFileSync(file, 'utf8')).toBe('a: 1\n');
      } finally {
        chmodSync(locked, 0o755);
      }
    }
  });

  it('names the file as the user typed it', async () => {
    const { dir } = folder();
    await expect(writeAtomic(join(dir, 'none', 'a.yaml'), 'x', { shown: 'none/a.yaml' })).rejects.toThrow(
      new InputError('none/a.yaml: cannot be written: the folder does not exist (ENOENT)'),
    );
  });
});

describe('writeAllAtomic', () => {
  it('writes every file, or none: one that cannot be written leaves the others as they were', async () => {
    const { dir, write } = folder();
    write('a.md', 'old a\n');
    write('c.md', 'old c\n');
    mkdirSync(join(dir, 'b.md'));
    const files = ['a.md', 'b.md', 'c.md'].map((file) => ({ file, content: `new ${file}\n` }));
    await expect(writeAllAtomic(dir, files, { shownDir: 'out' })).rejects.toThrow(/^out\/b\.md: cannot be written: /);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('old a\n');
    expect(readFileSync(join(dir, 'c.md'), 'utf8')).toBe('old c\n');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it.skipIf(!posix)('replaces a symbolic link itself, never the file it points to', async () => {
    const { dir, write } = folder();
    const outside = write('outside.txt', 'secret\n');
    mkdirSync(join(dir, 'out'));
    symlinkSync(outside, join(dir, 'out', 'legal.md'));
    await writeAllAtomic(join(dir, 'out'), [{ file: 'legal.md', content: '# Legal\n' }]);
    expect(readFileSync(outside, 'utf8')).toBe('secret\n');
    expect(lstatSync(join(dir, 'out', 'legal.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'out', 'legal.md'), 'utf8')).toBe('# Legal\n');
  });
});

describe('removeTemporaries', () => {
  it('removes the temporary files written and not yet in place, as a signal handler must', async () => {
    const { dir } = folder();
    const replacement = await prepareReplacement(join(dir, 'a.yaml'), 'a: 1\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    removeTemporaries();
    expect(readdirSync(dir)).toEqual([]);
    await replacement.discard();
  });
});

