/** The strategy's own version: semantic versioning, raised by `socialplan bump`. */

export const PARTS = ['major', 'minor', 'patch'] as const;
export type Part = (typeof PARTS)[number];

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * The next version, as npm's `semver inc` computes it: a pre-release (2.0.0-rc.1) is released by
 * the bump it leads to (major 2.0.0-rc.1 -> 2.0.0); build metadata is dropped.
 */
export function bumpVersion(version: string, part: Part): string {
  const m = SEMVER.exec(version);
  if (!m) throw new Error(`not a semantic version: ${version}`);
  let [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
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
