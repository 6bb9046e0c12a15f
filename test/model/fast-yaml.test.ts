import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/model/yaml/fast-yaml.js';
import { parseSource } from '../../src/model/yaml/source.js';
import { parseWithYaml } from '../../src/model/yaml/yaml-source.js';
import { strategyLikeDocument, yamlDocument } from './yaml-documents.js';
import { paths } from './yaml-reference.js';

// The quick parser must read every file exactly as the `yaml` package does (the same data, every
// path located at the same line and column, key and value), or step aside so that `yaml` reads it.

type Outcome = 'same' | 'stepped aside';

/** Compare both parsers on one text; fails the test on any disagreement. */
function compare(text: string): Outcome {
  const quick = parseSource('f.yaml', text);
  const full = parseWithYaml('f.yaml', text);
  if (!parseFast(text)) {
    expect({ ...quick, source: quick.source?.data }).toEqual({ ...full, source: full.source?.data });
    return 'stepped aside';
  }
  // The quick path accepted it: yaml must find nothing wrong with it either.
  expect(full.diagnostics).toEqual([]);
  expect(quick.diagnostics).toEqual([]);
  expect(quick.source!.data).toEqual(full.source!.data);
  for (const path of paths(full.source!.data)) {
    for (const at of ['key', 'value'] as const) {
      expect({ path, at, ...quick.source!.locate(path, at) }).toEqual({ path, at, ...full.source!.locate(path, at) });
    }
  }
  return 'same';
}

describe('the quick parser reads what yaml reads', () => {
  for (const example of ['portfolio', 'bank-customer-engagement', 'manufacturer-collaboration', 'first-draft-with-gaps']) {
    it(`examples/${example}.yaml, on the quick path`, () => {
      expect(compare(readFileSync(`examples/${example}.yaml`, 'utf8'))).toBe('same');
    });
  }

  const quick: Record<string, string> = {
    'plain scalars': 'a: 1\nb: two\n',
    comments: '# top\na: 1 # c\n# mid\nb:\n  # inner\n  c: x   # t\n',
    'empty values': 'a:\nb: 1\nc:\n',
    'block scalars': 'a: |\n  line 1\n  line 2\n\nb: >-\n  folded\n  text\nc: |+\n  keep\n\n',
    'block scalars with trailing spaces': 'a: |\n  line 1   \n  line 2\n\nb: x\nc: |2+\n   keep\n\nd: >\n  x\n',
    'block scalar at the end without a line break': 'a: |-\n  x',
    'flow collections': 'a: [1, 2, {b: c}]\nd: {e: [f]}\n',
    'flow collections over lines': 'a: [1,\n  2]\nb: {c: 1,\n  d: 2}\n',
    'empty flow collections': 'a: []\nb: {}\n',
    'multi-line scalars': 'a: this is\n  a long plain\n  scalar\nb: "quoted\n  across"\n',
    'lists in lists and maps': 'a:\n- x\n- y\nb:\n  - - 1\n    - 2\n  - k: v\n    l: w\n',
    'list of mappings': 'a:\n  - b: 1\n    c: 2\n  - d\n',
    'flow mapping in a list': '- { a: 1, b: x }\n- {c: [1, 2]}\n',
    'CRLF line breaks': 'a: 1\r\nb:\r\n  c: x\r\n  d: [1, 2]\r\n',
    'document start': '--- # c\na: 1\n',
    quotes: "a: 'it''s'\nb: \"\\u00e9\\t\"\nc: ''\n",
    'numbers as YAML 1.2 core reads them': 'a: 1_000\nb: 0b1\nc: 0o17\nd: 0x1F\ne: 1e3\nf: .5\ng: -.inf\nh: .NaN\ni: 1.50\nj: +12\nk: 012\n',
    'booleans and nulls as YAML 1.2 core reads them': 'a: yes\nb: True\nc: on\nd: ~\ne: Null\nf: NO\n',
    'dates stay text': 'a: 2026-11-25\nb: 2026-11-25T10:00:00Z\n',
    'quoted keys': '"q k": c\n\'1\': d\n',
    'a scalar document': 'just text\n',
    'a list document': '- 1\n- 2\n',
    'trailing spaces and comments': 'a: x   \nb: y\t\n# end\n\n',
    'colons in plain text': 'a: b:c\nd: http://x\ne: "f: g"\n',
    'an empty file': '',
    'only a comment': '# nothing\n',
    'anchors and aliases': 'a: &x 1\nb: *x\nc: &y\n  d: [*x]\ne: *y\n',
    'a flow end at the parent indent': 'a: [\n  1\n]\nb: {\n  c: 1,\n}\n',
    'an escaped line break in double quotes': 'a: "x\\\n  y"\n',
  };
  for (const [name, text] of Object.entries(quick)) {
    it(`${name}: same data and positions`, () => expect(compare(text)).toBe('same'));
  }

  // Whatever the quick path leaves to yaml, yaml reads, with its own words for what is wrong.
  const asideToYaml: Record<string, string> = {
    'an empty list item': 'a:\n  -\n  - x\n',
    'a block scalar ending in spaces': 'a: |\n  x  \nb: 1\n',
    tags: 'a: !!str 1\n',
    'a directive': '%YAML 1.2\n---\na: 1\n',
    'a byte-order mark': '\uFEFFa: 1\n',
    'explicit keys': '? a\n: 1\n',
    'a collection as a key': '[a]: 1\n',
    'keys that are not text': '1: a\ntrue: b\n',
    'duplicate keys': 'a: 1\na: 2\n',
    __proto__: '__proto__: 1\n',
    'a syntax error': 'a: [1, 2\nb: 3\n',
    'tab indentation': 'a:\n\tb: 1\n',
    'two documents': 'a: 1\n---\nb: 2\n',
  };
  for (const [name, text] of Object.entries(asideToYaml)) {
    it(`${name}: read by yaml`, () => expect(compare(text)).toBe('stepped aside'));
  }

  // Random documents, in every style yaml writes, then bent (test/model/yaml-documents.ts).
  it('random documents in every style: same data and positions, or yaml reads them', () => {
    let same = 0;
    fc.assert(
      fc.property(yamlDocument, (text) => {
        if (compare(text) === 'same') same++;
      }),
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 300) },
    );
    // Most of them stay on the quick path, or this test would prove nothing about it.
    expect(same).toBeGreaterThan(100);
  });

  it('random documents shaped like strategies (the plain reader\'s ground): same data and positions, or yaml reads them', () => {
    fc.assert(
      fc.property(strategyLikeDocument, (text) => {
        compare(text);
      }),
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 300) },
    );
  });
});
