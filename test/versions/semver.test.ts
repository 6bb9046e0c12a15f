import { describe, expect, it } from 'vitest';
import { bumpVersion, PARTS, type Part } from '../../src/versions/semver.js';

/**
 * The strategy's own version, raised as npm's `semver inc` raises it. Expected values are npm semver
 * 7's `inc(version, part)`, worked out by hand from its rules: a release bump of a pre-release lands on
 * the release that pre-release leads to, build metadata is dropped.
 */
describe('bumpVersion', () => {
  const table: [string, Part, string][] = [
    // plain releases
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['2.3.1', 'minor', '2.4.0'],
    ['9.9.9', 'patch', '9.9.10'],
    ['1.9.0', 'minor', '1.10.0'],
    ['10.20.30', 'major', '11.0.0'],
    // 0.x is an ordinary version: nothing special about major 0
    ['0.0.0', 'patch', '0.0.1'],
    ['0.0.1', 'minor', '0.1.0'],
    ['0.1.0', 'minor', '0.2.0'],
    ['0.1.0', 'major', '1.0.0'],
    ['0.9.9', 'major', '1.0.0'],
    // a pre-release is released by the bump it leads to
    ['2.0.0-rc.1', 'major', '2.0.0'],
    ['2.0.0-rc.1', 'minor', '2.0.0'],
    ['2.0.0-rc.1', 'patch', '2.0.0'],
    ['1.2.0-beta', 'major', '2.0.0'],
    ['1.2.0-beta', 'minor', '1.2.0'],
    ['1.2.0-beta', 'patch', '1.2.0'],
    ['1.2.3-alpha.1', 'major', '2.0.0'],
    ['1.2.3-alpha.1', 'minor', '1.3.0'],
    ['1.2.3-alpha.1', 'patch', '1.2.3'],
    ['1.0.0-0', 'major', '1.0.0'],
    ['0.0.0-0', 'major', '0.0.0'],
    ['0.1.0-x-y-z.--', 'minor', '0.1.0'],
    // build metadata is dropped, whatever the bump
    ['1.2.3+build.5', 'patch', '1.2.4'],
    ['1.2.3+build.5', 'minor', '1.3.0'],
    ['1.2.3+20130313144700', 'major', '2.0.0'],
    ['1.0.0-rc.1+sha.5114f85', 'major', '1.0.0'],
    ['1.0.0-rc.1+sha.5114f85', 'patch', '1.0.0'],
    ['1.2.3-beta+exp.sha.5114f85', 'minor', '1.3.0'],
  ];

  it.each(table)('%s, %s -> %s', (version, part, expected) => {
    expect(bumpVersion(version, part)).toBe(expected);
  });

  it('knows exactly the three parts, in order of size', () => {
    expect(PARTS).toEqual(['major', 'minor', 'patch']);
  });

  it('always gives a plain release that is greater than what it bumped', () => {
    for (const [version, part] of table) {
      const next = bumpVersion(version, part);
      expect(next).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);
      // a release sorts after its own pre-releases, so the core must be >= and strictly > for a release
      const core = (v: string) => v.split(/[-+]/)[0]!.split('.').map(Number);
      const [a, b] = [core(version), core(next)];
      const cmp = b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!;
      if (/-/.test(version.split('+')[0]!)) expect(cmp).toBeGreaterThanOrEqual(0);
      else expect(cmp).toBeGreaterThan(0);
    }
  });

  it.each([
    [''],
    ['1'],
    ['1.2'],
    ['1.2.3.4'],
    ['v1.2.3'],
    [' 1.2.3'],
    ['1.2.3 '],
    ['01.2.3'],
    ['1.02.3'],
    ['1.2.03'],
    ['1.2.3-'],
    ['1.2.3+'],
    ['1.2.3-beta!'],
    ['1.2.3+build_1'],
    ['-1.2.3'],
    ['1.2.x'],
    ['latest'],
    ['1.2.3\n'],
  ])('throws on %j, naming it', (version) => {
    expect(() => bumpVersion(version, 'patch')).toThrow(`not a semantic version: ${version}`);
  });

  // Invalid by the SemVer 2.0.0 spec (items 9 and 10) and by npm semver, which returns null for each,
  // but accepted here: the pattern allows empty identifiers and a numeric identifier with a leading zero.
  it.each([['1.2.3-a..b'], ['1.2.3-.'], ['1.2.3-rc.'], ['1.2.3-01'], ['1.2.3+b..c']])('throws on the invalid pre-release or build %j', (version) => {
    expect(() => bumpVersion(version, 'patch')).toThrow('not a semantic version');
  });

  // npm semver refuses a part above Number.MAX_SAFE_INTEGER; here the number is written as 1e+21.
  it('never writes a version in exponent notation (1000000000000000000000.0.0)', () => {
    let result: string | undefined;
    try {
      result = bumpVersion('1000000000000000000000.0.0', 'patch');
    } catch {
      return; // refusing the input is right too
    }
    expect(result).toBe('1000000000000000000000.0.1');
  });
});
