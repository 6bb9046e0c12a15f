import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { expect } from 'vitest';
import type { PathSegment } from '../../src/model/diagnostic.js';
import { parseSource } from '../../src/model/yaml/source.js';
import { parseWithYaml } from '../../src/model/yaml/yaml-source.js';

/**
 * socialplan against the reference: the `yaml` package (YAML 1.2 core schema) reading the same text,
 * whichever of socialplan's readers takes it. Whatever socialplan accepts it must read as the
 * reference does, the same data and every key and value at the same line and column; whatever the
 * reference rejects socialplan must reject with a located message; and where socialplan refuses what
 * the reference accepts, the refusal must be one of those socialplan makes by design.
 */

/**
 * Refusals by design, each documented in docs/rules.md with its message: keys that are not text
 * (a list, a mapping or an alias as a key), two keys that become the same text (1 and "1"), tags
 * whose values are not plain data (!!set, !!omap, !!binary, !!timestamp, !!pairs), data that holds
 * itself (&x [*x]), __proto__ as a key, lone carriage returns as line breaks, and text that is not UTF-8.
 */
export const REFUSALS_BY_DESIGN = new Set(['yaml/key-not-text', 'yaml/duplicate-key', 'yaml/tag', 'yaml/too-many-aliases', 'schema/unknown-key', 'file/line-endings', 'file/not-text']);

/** And one place where the yaml package accepts what YAML 1.2 (6.8.1) and the YAML test suite (SF5V) reject: two %YAML directives. */
const REFUSED_WHERE_THE_REFERENCE_IS_LENIENT = /^gives the %YAML directive twice/;

export type Outcome = 'same' | 'refused by design' | 'rejected';

/** The reference's reading: its data, or why it rejects the text. */
export function referenceReading(text: string): { data: unknown } | { error: string } {
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length > 0) return { error: doc.errors[0]!.message };
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) ?? null };
  } catch (error) {
    return { error: String(error) };
  }
}

/** Every path into the data, and one past each node (a missing field), as a finding may name them. */
export function paths(data: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix, [...prefix, 'no-such-field']);
  if (Array.isArray(data)) data.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) paths(v, [...prefix, k], out);
  return out;
}

/** Compare socialplan with the reference on one text; fails the test on any disagreement. */
export function compareWithReference(text: string): Outcome {
  const ours = parseSource('f.yaml', text);
  const reference = referenceReading(text);
  if ('error' in reference) {
    expect({ text, accepted: ours.source !== undefined, reference: reference.error }).toMatchObject({ accepted: false });
    // Located: every syntax error names a line (line 0 is kept for a file that cannot be read at all).
    for (const d of ours.diagnostics) expect(d.line).toBeGreaterThan(0);
    return 'rejected';
  }
  if (!ours.source) {
    const errors = ours.diagnostics.filter((d) => d.severity === 'error');
    const ruleIds = errors.map((d) => d.ruleId);
    const byDesign = errors.length > 0 && errors.every((d) => REFUSALS_BY_DESIGN.has(d.ruleId) || REFUSED_WHERE_THE_REFERENCE_IS_LENIENT.test(d.message));
    expect({ text, ruleIds, refusedByDesign: byDesign }).toMatchObject({ refusedByDesign: true });
    return 'refused by design';
  }
  if (!isDeepStrictEqual(ours.source.data, reference.data)) expect({ text, data: ours.source.data }).toEqual({ text, data: reference.data });
  // Positions: the yaml package's nodes, read through the same rules (src/model/yaml/yaml-source.ts).
  const full = parseWithYaml('f.yaml', text);
  expect(full.source, text).toBeDefined();
  for (const path of paths(reference.data)) {
    for (const at of ['key', 'value'] as const) {
      const mine = ours.source.locate(path, at);
      const theirs = full.source!.locate(path, at);
      if (!isDeepStrictEqual(mine, theirs)) expect({ text, path, at, ...mine }).toEqual({ text, path, at, ...theirs });
    }
  }
  return 'same';
}
