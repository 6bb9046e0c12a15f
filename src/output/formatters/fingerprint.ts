import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../model/diagnostic.js';

/**
 * What a finding is, not where it is nor where the command ran: rule, file (from the repository
 * root), strategy path and message. Moving a block in the file keeps its fingerprint, so GitLab and
 * GitHub code scanning do not report it fixed and new again; identical findings are numbered in
 * order so each fingerprint stays unique. One instance per report.
 */
export class Fingerprints {
  readonly #seen = new Map<string, number>();

  next(d: Diagnostic, repositoryFile: string): string {
    const key = [d.ruleId, repositoryFile, d.path, d.message].join('\0');
    const occurrence = this.#seen.get(key) ?? 0;
    this.#seen.set(key, occurrence + 1);
    return createHash('sha256')
      .update(occurrence > 0 ? `${key}\0${occurrence}` : key)
      .digest('hex');
  }
}
