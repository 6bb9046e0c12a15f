import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWithJsYaml } from '../../src/model/yaml/fast-yaml.js';
import { readPlainYaml } from '../../src/model/yaml/plain-yaml.js';
import { strategyLikeDocument, yamlDocument } from './yaml-documents.js';

// The plain reader must read what it accepts exactly as the js-yaml path does: the same data and the
// same span for every node (test/model/fast-yaml.test.ts holds that path, and the plain reader in
// front of it, to the yaml package), or step aside so that js-yaml reads the file.

type Outcome = 'same' | 'stepped aside';

function compare(text: string): Outcome {
  const plain = readPlainYaml(text);
  if (!plain) return 'stepped aside';
  const jsYaml = parseWithJsYaml(text);
  expect(jsYaml, 'the js-yaml path steps aside from a text the plain reader took').toBeDefined();
  expect(plain).toEqual(jsYaml);
  return 'same';
}

describe('the plain reader reads what the js-yaml path reads', () => {
  for (const example of ['portfolio', 'bank-customer-engagement', 'manufacturer-collaboration', 'first-draft-with-gaps']) {
    it(`examples/${example}.yaml, read by the plain reader`, () => {
      expect(compare(readFileSync(`examples/${example}.yaml`, 'utf8'))).toBe('same');
    });
  }

  const read: Record<string, string> = {
    'plain scalars and comments': '# top\na: 1 # c\nb: two words\nc: x#y\n# end\n',
    'numbers, booleans and nulls as YAML 1.2 core reads them': 'a: 1\nb: -2\nc: 0x1F\nd: 1.5e3\ne: .inf\nf: ~\ng: null\nh: True\ni: 0o17\nj: +12\nk: 012\nl: yes\nm: 2026-11-25\n',
    'keys with dots and dashes': 'x-a.b: 1\n_c: 2\n',
    'empty values': 'a:\nb:\n  c:\nd: # comment\ne: 1\n',
    'nested mappings and blank lines': 'a:\n\n  b: 1\n\n  c:\n    d: 2\n\ne: 3\n',
    'lists, indented and not': 'a:\n- x\n- y\nb:\n  - 1\n  - 2\nc: 1\n',
    'lists of mappings': 'a:\n  - b: 1\n    c: [x, y]\n  - d: 2\n    e:\n      - f\n',
    'a comment between a key and its block': 'a:\n  # note\n  b: 1\n',
    'flow collections': 'a: [1, two, 3.5]\nb: { c: 1, d: [x, y], e: { f: g } }\nc: []\nd: {}\ne: [ spaced , out ]\n',
    'flow collections over lines, with comments': 'a: { b: 1,   # note\n     d: [x,\n       y] }\nb: 1\n',
    'URLs in plain scalars': 'a: https://x.example/p?q=1\nb: [http://y.example, z]\nc: { u: https://z.example/a }\n',
    quotes: 'a: \'it\'\'s\'\nb: "say \'hi\'"\nc: \'\'\nd: "a: b # c"\ne: { f: "g, h", i: [\'j\'] }\n',
    'quotes over lines': 'a: "first\n  second\n\n  third"\nb: \'p\n   q\'\nc: 1\n',
    'block scalars': 'a: |\n  x\n    indented\n  y\nb: >\n  p\n  q\n\n  r\nc: |-\n  s\nd: >-\n  t\n  u\ne: | # c\n  v\n',
    'block scalars in a list': 'a:\n  - b: >-\n      y\n      z\n  - c: |\n      w\n',
    'a block scalar at the end without a line break': 'a: |-\n  x',
    'no line break at the end': 'a: 1',
    'special characters in text': 'a: R&D\nb: 50%\nc: "#hash"\nd: a-b\ne: -x\nf: (see [1])\ng: é ü 中文\n',
  };
  for (const [name, text] of Object.entries(read)) {
    it(`${name}: same data and spans`, () => expect(compare(text)).toBe('same'));
  }

  // Whatever the plain reader leaves, js-yaml (or yaml) reads.
  const aside: Record<string, string> = {
    'a list at the top': '- 1\n- 2\n',
    'a scalar document': 'text\n',
    'an empty file': '',
    'only a comment': '# nothing\n',
    'a document start': '---\na: 1\n',
    'CRLF line breaks': 'a: 1\r\nb: 2\r\n',
    tabs: 'a: x\tb\n',
    'multi-line plain scalars': 'a: this is\n  a long plain\nb: 1\n',
    'escapes in double quotes': 'a: "\\u00e9"\n',
    anchors: 'a: &x 1\nb: *x\n',
    tags: 'a: !!str 1\n',
    'quoted keys': '"a": 1\n',
    'keys that are not text': 'true: 1\n',
    'duplicate keys': 'a: 1\na: 2\n',
    __proto__: '__proto__: 1\n',
    'an empty list item': 'a:\n  -\n  - x\n',
    'a list item on the next line': 'a:\n  -\n    b: 1\n',
    'a list in a list': 'a:\n  - - 1\n',
    'a block scalar as a list item': 'a:\n  - |\n    x\n',
    'block scalars that keep (+) or give their indentation': 'a: |+\n  x\n\nb: |2\n   y\n',
    'a block scalar ending in spaces': 'a: |\n  x  \nb: 1\n',
    'a folded scalar with a more indented line': 'a: >\n  x\n    y\n',
    'a flow end at the start of its line': 'a: [\n  1\n]\n',
    'a pair in a flow list': 'a: [b: 1]\n',
    'a trailing comma': 'a: [1, 2, ]\n',
    'a wrong indentation': 'a:\n    b: 1\n  c: 2\n',
    'nesting deeper than a strategy goes': `a: ${'['.repeat(101)}${']'.repeat(101)}\n`,
  };
  for (const [name, text] of Object.entries(aside)) {
    it(`${name}: left to js-yaml`, () => expect(compare(text)).toBe('stepped aside'));
  }

  it('random documents in every style: the same data and spans, or left to js-yaml', () => {
    const runs = Number(process.env.FAST_YAML_RUNS ?? 300);
    let same = 0;
    fc.assert(
      fc.property(yamlDocument, (text) => {
        compare(text);
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(strategyLikeDocument, (text) => {
        if (compare(text) === 'same') same++;
      }),
      { numRuns: runs },
    );
    // Many documents shaped like strategies stay on the plain path, or this test would prove nothing about it.
    expect(same).toBeGreaterThan(runs / 10);
  });
});
