import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { writeAtomic } from '../fs/write-atomic.js';
import type { Answers } from './types.js';

/** The answers so far, kept beside the output file so a long questionnaire can be resumed. */
export function draftPath(out: string): string {
  return join(dirname(out), `.${basename(out)}.draft`);
}

export function draftDate(file: string): string | undefined {
  return existsSync(file) ? statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ') : undefined;
}

export async function saveDraft(file: string, answers: Answers): Promise<void> {
  const text = `# Answers so far for socialplan init; run init again to resume, or delete this file.\n${stringify({ apiVersion: 'socialplan/v1', kind: 'Answers', ...answers })}`;
  await writeAtomic(file, text);
}

export function removeDraft(file: string): void {
  rmSync(file, { force: true });
}
