import { SEMVER } from '../model/schema/common.js';

/** The strategy's own version: semantic versioning, raised by `socialplan bump`. */

export const PARTS = ['major', 'minor', 'patch'] as const;
export type Part = (typeof PARTS)[number];


/**
 * The next version, as npm's `semver inc` computes it: a pre-release (2.0.0-rc.1) is released by
 * the bump it leads to (major 2.0.0-rc.1 -> 2.0.0); build metadata is dropped.
 */
export function bumpVersion(version: string, part: Part): string {
  const m = SEMVER.exec(version);
  if (!m) throw new Error(`not a semantic version: ${version}`);
  let [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (![major, minor, patch].every((n) => Number.isSafeInteger(n + 1))) throw new Error(`version numbers too large to raise: ${version}`);
  const pre = m[4] !== undefined;
  if (part === 'major') {
    if (!(pre && minor === 0 && patch === 0)) major++;
    minor = 0;
    patch = 0;
  } else if (part === 'minor') {
    if (!(pre && patch === 0)) minor++;
    patch = 0;
  } else if (!pre) {
    patch++;
  }
  return `${major}.${minor}.${patch}`;
}
