import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'socialplan.cjs');
export const MINIMAL = readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built binary as a user runs it, in a clean environment: no colour unless asked. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface TempDir {
  dir: string;
  /** Write a file into the folder by name; returns its path. */
  write(name: string, content: string | Uint8Array): string;
}

function inFolder(dir: string): TempDir {
  return {
    dir,
    write(name, content) {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    },
  };
}

/** A temporary folder removed after the test file (call it at the top of the file, not in a test). */
export function tempDir(): TempDir {
  const dir = mkdtempSync(join(tmpdir(), 'socialplan-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return inFolder(dir);
}

/**
 * One temporary folder for the test file, and a fresh folder inside it for each call: for tests
 * that each need a folder of their own (a tempDir() made inside a test would never be removed).
 */
export function tempFolders(prefix = 'case-'): () => TempDir {
  const root = tempDir();
  return () => inFolder(mkdtempSync(join(root.dir, prefix)));
}

/** MINIMAL with one line replaced or lines inserted, for a test that breaks exactly one thing. */
export function edit(text: string, find: string, replace: string): string {
  if (!text.includes(find)) throw new Error(`fixture does not contain ${JSON.stringify(find)}`);
  return text.replace(find, replace);
}

/** Indent every line of a YAML fragment written at column 0. */
export function indent(text: string, spaces: number): string {
  return text
    .trim()
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${line}`)
    .join('\n');
}

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`text does not contain ${JSON.stringify(needle)}`);
  return text.slice(0, index).split('\n').length;
}

/** 1-based column of the first occurrence of `needle` on its line. */
export function columnOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`text does not contain ${JSON.stringify(needle)}`);
  return index - text.lastIndexOf('\n', index - 1);
}

/**
 * Markdown with the line wrapping socialplan applies to prose (src/text/markdown-width.ts) undone:
 * each paragraph, list item and quote on one line, so a test can look for a sentence. Fenced
 * blocks, tables, headings and comments are left as they are.
 */
export function unwrapped(markdown: string): string {
  const out: string[] = [];
  let fence = false;
  const startsBlock = (line: string) => line.trim() === '' || /^ {0,3}(?:#|\||<!--|[-+*] |\d{1,9}[.)] |>|`{3,}|~{3,})/.test(line);
  for (const line of markdown.split('\n')) {
    const previous = out[out.length - 1];
    if (/^ {0,3}(?:`{3,}|~{3,})/.test(line)) fence = !fence;
    const joinable = !fence && previous !== undefined && previous.trim() !== '' && !/^ {0,3}(?:#|\||<!--|`{3,}|~{3,})/.test(previous);
    if (joinable && previous!.startsWith('>') && /^> ?\S/.test(line) && !/^> ?(?:[-+*] |\d{1,9}[.)] |#)/.test(line)) {
      out[out.length - 1] = `${previous} ${line.replace(/^> ?/, '')}`;
    } else if (joinable && !previous!.startsWith('>') && !startsBlock(line)) {
      out[out.length - 1] = `${previous} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}
