import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { DEFAULT_MAX_FILE_MB, maxFileMbFrom, readRegularFile, setMaxFileMb, UnreadableFileError } from '../../src/fs/read-file.js';
import { tempFolders } from '../helpers.js';

/** How src/fs/read-file.ts reads every file a user names: a regular file, whole, up to the limit; anything else refused at once. */

const folder = tempFolders();
const posix = process.platform !== 'win32';

function refusal(file: string): string {
  try {
    readRegularFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect(error).toBeInstanceOf(InputError);
    return (error as UnreadableFileError).reason;
  }
  throw new Error(`${file} was read`);
}

afterEach(() => setMaxFileMb(DEFAULT_MAX_FILE_MB));

describe('readRegularFile', () => {
  it('reads a regular file whole', () => {
    const { write } = folder();
    const text = 'apiVersion: socialplan/v1\n'.repeat(5000);
    expect(readRegularFile(write('s.yaml', text)).toString('utf8')).toBe(text);
    expect(readRegularFile(write('empty.yaml', '')).length).toBe(0);
  });

  it.runIf(posix)('refuses a named pipe at once instead of waiting for a writer', () => {
    const { dir } = folder();
    const fifo = join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(refusal(fifo)).toBe('is a named pipe, not a regular file');
  });

  it.runIf(posix)('refuses a symbolic link to a named pipe', () => {
    const { dir } = folder();
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    symlinkSync(join(dir, 'fifo'), join(dir, 'link.yaml'));
    expect(refusal(join(dir, 'link.yaml'))).toBe('is a named pipe, not a regular file');
  });

  it.runIf(existsSync('/dev/zero'))('refuses a device instead of reading it for ever', () => {
    expect(refusal('/dev/zero')).toBe('is a character device, not a regular file');
  });

  it('refuses a folder, and names a missing file', () => {
    const { dir } = folder();
    mkdirSync(join(dir, 'sub.yaml'));
    expect(refusal(join(dir, 'sub.yaml'))).toBe('is a directory, not a file');
    expect(refusal(join(dir, 'missing.yaml'))).toBe('no such file');
  });

  it('refuses a file over the limit, saying the limit and how to raise it', () => {
    const { write } = folder();
    setMaxFileMb(0.001); // 1048.576 bytes
    expect(readRegularFile(write('at.yaml', 'a'.repeat(1048))).length).toBe(1048);
    expect(refusal(write('over.yaml', 'a'.repeat(1049)))).toBe('is larger than 0.001 MB, the limit on a file socialplan reads; set SOCIALPLAN_MAX_FILE_MB to raise it');
  });

  it.runIf(existsSync('/proc/self/status'))('reads a file whose size the system reports as 0, and holds it to the limit too', () => {
    expect(readRegularFile('/proc/self/status').toString('utf8')).toMatch(/^Name:/);
    setMaxFileMb(0.0001);
    expect(refusal('/proc/self/status')).toMatch(/^is larger than 0\.0001 MB/);
  });
});

describe('SOCIALPLAN_MAX_FILE_MB', () => {
  it('defaults to a limit the 20 MB strategies of the bench pass', () => {
    expect(maxFileMbFrom({})).toBe(DEFAULT_MAX_FILE_MB);
    expect(maxFileMbFrom({ SOCIALPLAN_MAX_FILE_MB: '' })).toBe(DEFAULT_MAX_FILE_MB);
    expect(DEFAULT_MAX_FILE_MB).toBeGreaterThan(21);
  });

  it('takes a number of megabytes, decimals included', () => {
    expect(maxFileMbFrom({ SOCIALPLAN_MAX_FILE_MB: '64' })).toBe(64);
    expect(maxFileMbFrom({ SOCIALPLAN_MAX_FILE_MB: '0.5' })).toBe(0.5);
  });

  it.each(['abc', '0', '-1', '1e3', '0x10', 'Infinity', '100000', '12MB'])('refuses %j in one line', (value) => {
    expect(() => maxFileMbFrom({ SOCIALPLAN_MAX_FILE_MB: value })).toThrow(UsageError);
    expect(() => maxFileMbFrom({ SOCIALPLAN_MAX_FILE_MB: value })).toThrow(
      `SOCIALPLAN_MAX_FILE_MB must be a number of megabytes above 0 and at most 500, such as 64; not ${JSON.stringify(value)}`,
    );
  });
});
