import type { Rule } from '../checks/engine/rule.js';
import { revisionsOf, showAt } from '../git/git.js';
import { parseStrategy } from '../model/parse.js';
import type { Strategy } from '../model/schema/strategy.js';
import { changes, overlaps } from './changes.js';
import { digest, signedPatterns } from './digest.js';

/** How far back in a file's history to look for the content a sign-off was given on. */
export const HISTORY_DEPTH = 30;

/**
 * The fields a stale sign-off's stakeholder reads that changed since they signed: the newest
 * revision in git whose content has the signed digest, compared with the file as it is. Undefined
 * when git cannot say (no repository, or the signed content is not in the last HISTORY_DEPTH commits).
 */
export async function changedSinceSigned(file: string, cwd: string, current: Strategy, rules: readonly Rule[], signed: string): Promise<string[] | undefined> {
  let revisions: string[];
  try {
    revisions = await revisionsOf(file, cwd, HISTORY_DEPTH);
  } catch {
    return undefined;
  }
  const reads = signedPatterns(rules);
  for (const revision of revisions) {
    let text: string;
    try {
      text = await showAt(file, revision, cwd);
    } catch {
      continue;
    }
    const then = parseStrategy(file, text).loaded?.data;
    if (!then || digest(then, rules) !== signed) continue;
    return changes(then, current)
      .filter((c) => reads.some((r) => overlaps(r, c.pattern)))
      .map((c) => c.path);
  }
  return undefined;
}
