import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/model/yaml/fast-yaml.js';
import { readPlainYaml } from '../../src/model/yaml/plain-yaml.js';
import { parseSource } from '../../src/model/yaml/source.js';
import { parseWithYaml } from '../../src/model/yaml/yaml-source.js';
import { compareWithReference } from './yaml-reference.js';

// Each place where socialplan once read YAML otherwise than YAML 1.2 (and the `yaml` package) does:
// silent wrong data, invalid YAML accepted, a position off, a refusal worded wrongly.

/** The one diagnostic a text is refused with, as file:line:col rule message. */
function refusal(text: string): string {
  const result = parseSource('f.yaml', text);
  expect(result.source, `accepted ${JSON.stringify(text)}`).toBeUndefined();
  return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`).join('\n');
}

describe('"---" at the start of a file is a marker only when a space or a line break follows it', () => {
  it('"---word1\\nword2" is the text "---word1 word2"', () => {
    expect(parseSource('f.yaml', '---word1\nword2\n').source?.data).toBe('---word1 word2');
    expect(compareWithReference('---word1\nword2\n')).toBe('same');
  });

  it('"---a: 1" is the key "---a"', () => {
    expect(parseSource('f.yaml', '---a: 1\n').source?.data).toEqual({ '---a': 1 });
    expect(compareWithReference('---a: 1\n')).toBe('same');
  });

  it('a block mapping or list cannot start on the marker line (yaml-test-suite 9KBC)', () => {
    expect(refusal('--- key1: value1\n    key2: value2\n')).toBe('1:5 yaml/syntax block collection cannot start on same line with directives-end marker');
    expect(refusal('--- - a\n')).toMatch(/^1:5 yaml\/syntax block collection cannot start on same line/);
  });

  it('a scalar may follow the marker on its line', () => {
    expect(compareWithReference('--- |\n  text\n')).toBe('same');
    expect(compareWithReference('--- plain text\n')).toBe('same');
    expect(compareWithReference('--- # comment\na: 1\n')).toBe('same');
  });
});

describe('a comment needs a space before it', () => {
  const cases: [string, string][] = [
    ['title: "Alderbrook"#1\n', '1:20'],
    ["a: 'x'#c\n", '1:7'],
    ['a: [x]#c\n', '1:7'],
    ['a: {b: 1}#c\n', '1:10'],
    ['"k"#c: 1\n', '1:4'],
    ['a: { b: 1,#c\n  d: 2 }\n', '1:11'],
    ['---\n[ a, b, c, ]#invalid\n', '2:13'], // yaml-test-suite 9JBA
    ['key: "value"# invalid comment\n', '1:13'], // yaml-test-suite SU5Z
  ];
  it.each(cases)('%j is rejected at %s', (text, at) => {
    expect(refusal(text)).toBe(`${at} yaml/syntax comments must be separated from other tokens by white space characters`);
  });

  it('with a space, each is a comment', () => {
    for (const text of ['title: "Alderbrook" #1\n', "a: 'x' #c\n", 'a: [x] #c\n', 'a: {b: 1} #c\n', 'a: { b: 1, #c\n  d: 2 }\n']) {
      expect(compareWithReference(text)).toBe('same');
    }
  });

  it('a "#" inside text is text', () => {
    expect(parseSource('f.yaml', 'a: x#1\nb: "y#2"\nc: [z#3]\n').source?.data).toEqual({ a: 'x#1', b: 'y#2', c: ['z#3'] });
  });
});

describe('line endings', () => {
  it('a lone carriage return (classic Mac OS) is refused where it stands, not read as one long line', () => {
    expect(refusal('apiVersion: socialplan/v1\rkind: SocialStrategy\r')).toBe(
      '1:26 file/line-endings ends a line with a carriage return alone (classic Mac OS line endings); save it with LF or CRLF line endings',
    );
    // Also when only one line of an LF file ends so: the line and column count LF line breaks, as the lines before it have them.
    expect(refusal('a: 1\nb: 2\rc: 3\n')).toMatch(/^2:5 file\/line-endings /);
  });

  it('CRLF line endings are read, every position on its own line', () => {
    expect(compareWithReference('a: 1\r\nb:\r\n  c: "x"\r\n  d: [1, 2]\r\n  e: |\r\n    text\r\n')).toBe('same');
  });
});

describe('the plain reader', () => {
  it('"zz: -" at the end of a file without a final line break is a list item where none may stand, not the text "-"', () => {
    expect(readPlainYaml('zz: -')).toBeUndefined();
    expect(refusal('zz: -')).toBe('1:5 yaml/syntax unexpected block-seq-ind on same line with key');
  });

  it('"[-, x]" is not the list ["-", "x"]', () => {
    expect(readPlainYaml('a: [-, x]\n')).toBeUndefined();
    expect(compareWithReference('a: [-, x]\n')).toBe('rejected');
    expect(compareWithReference('a: [x, -]\n')).toBe('rejected');
    expect(compareWithReference('a: [-x, x-]\n')).toBe('same');
  });

  it('a key longer than 1,024 characters is rejected, in the plain reader and in js-yaml alike', () => {
    const longest = 'k'.repeat(1024);
    expect(compareWithReference(`${longest}: 1\n`)).toBe('same');
    expect(readPlainYaml(`${longest}: 1\n`)).toBeDefined();
    for (const text of [`${longest}k: 1\n`, `a:\n  ${longest}k: 1\n`, `a: "x\\t"\n${longest}k: 1\n`]) {
      expect(refusal(text)).toMatch(/^\d+:\d+ yaml\/syntax the : indicator must be at most 1024 chars after the start of an implicit block mapping key$/);
    }
  });
});

describe('block scalars that keep their final line breaks (|+, >+)', () => {
  it.each([
    ['a less-indented comment after |+', 'a:\n  b: |+\n    text\n\n # comment\n  c: 1\n'],
    ['a less-indented comment after >+', 'a:\n  b: >+\n    text\n\n\n# comment\n'],
    ['the suite\'s F8F9', ' # Strip\n  # Comments:\nstrip: |-\n  # text\n  \n # Clip\n  # comments:\n\nclip: |\n  # text\n \n # Keep\n  # comments:\n\nkeep: |+\n  # text\n\n # Trail\n  # comments.\n'],
  ])('%s: the same end as the reference', (_, text) => {
    expect(parseFast(text)).toBeDefined();
    expect(compareWithReference(text)).toBe('same');
  });
});

describe('anchors and aliases', () => {
  it('an alias used as a key is refused as an alias, not as "a list or a mapping"', () => {
    expect(refusal('&b b: 1\n*b : c\n')).toBe('2:1 yaml/key-not-text a key here is an alias (*b); write the key out as text, such as name:');
  });

  it('an alias with no anchor before it says so', () => {
    expect(refusal('a: *x\n')).toBe('1:4 yaml/syntax the alias *x names no anchor before it; set &x on a value above, or write the value out');
  });

  it('an alias inside the value its anchor is set on is refused: the data would hold itself', () => {
    for (const text of ['a: &x [*x]\n', 'a: &x\n  b: *x\n', '&x\n- *x\n']) expect(refusal(text)).toMatch(/yaml\/too-many-aliases the alias \*x stands inside the value &x is set on/);
  });

  it('are read on the quick path, as the reference reads them', () => {
    const text = 'owner: &owner\n  name: Miriam\n  role: CIO\nteam: [&lead Ana, Bo]\ninitiatives:\n  - sponsor: *owner\n    lead: *lead\n  - sponsor: *owner\n';
    expect(parseFast(text)).toBeDefined();
    expect(compareWithReference(text)).toBe('same');
    expect(parseSource('f.yaml', text).source!.locate(['initiatives', 0, 'sponsor', 'name'])).toMatchObject({ line: 2, column: 9 });
  });

  it('an anchor before a key anchors the key, as YAML 1.2 says (js-yaml would anchor the mapping)', () => {
    expect(parseSource('f.yaml', '- &x a: 1\n- *x\n').source?.data).toEqual([{ a: 1 }, 'a']);
    expect(compareWithReference('&x a: 1\nb: *x\n')).toBe('same');
  });

  it('"a: &x b: c" is a nested mapping on one line, which YAML 1.2 does not allow', () => {
    expect(refusal('a: &x b: c\n')).toBe('1:4 yaml/syntax nested mappings are not allowed in compact mappings');
  });

  it('"&a{" wants a space after the anchor', () => {
    expect(compareWithReference('a: &x{ b: 1 }\n')).toBe('rejected');
  });

  it('alias expansion is limited exactly where the reference limits it, on either path', () => {
    const uses = (n: number) => `a: &x v\nb: [${Array.from({ length: n }, () => '*x').join(', ')}]\n`;
    expect(parseFast(uses(99))).toBeDefined();
    expect(compareWithReference(uses(99))).toBe('same');
    expect(parseFast(uses(100))).toBeUndefined();
    expect(refusal(uses(100))).toMatch(/^2:5 yaml\/too-many-aliases expands its aliases/);
    // Nested: a list of 10 aliases of a list of 10 weighs 10 a use.
    const nested = (n: number) => `a: &x [1, 2]\nb: &y [${Array.from({ length: 10 }, () => '*x').join(', ')}]\nc: [${Array.from({ length: n }, () => '*y').join(', ')}]\n`;
    for (const n of [8, 9, 10]) {
      const text = nested(n);
      const outcome = compareWithReference(text);
      expect(outcome === 'same').toBe(parseFast(text) !== undefined);
    }
  });
});

describe('tabs and directives', () => {
  it('a tab in the indentation before a comment or a marker is rejected (js-yaml lets it pass)', () => {
    expect(compareWithReference('\t---\n')).toBe('rejected');
    expect(compareWithReference('a: |-\n  x\n\t# c\nb: 1\n')).toBe('rejected');
  });

  it('two %YAML directives are rejected (yaml-test-suite SF5V; the yaml package lets them pass)', () => {
    expect(refusal('%YAML 1.2\n%YAML 1.2\n---\na: 1\n')).toBe('2:1 yaml/syntax gives the %YAML directive twice; a document takes one');
    expect(compareWithReference('%YAML 1.2\n---\na: 1\n')).toBe('same');
  });

  it('a tag that makes a Set, a Map, a Buffer or a Date is refused where it is written', () => {
    expect(refusal('a: !!set\n  ? x\n')).toBe('1:4 yaml/tag the tag !!set makes a value that is not text, a number, a list or a mapping; remove the tag');
    expect(refusal('a: !!timestamp 2026-11-25\n')).toMatch(/^1:4 yaml\/tag the tag !!timestamp/);
    expect(refusal('--- !!omap\n- a: 1\n')).toMatch(/^1:5 yaml\/tag the tag !!omap/);
  });
});

describe('duplicate keys', () => {
  it('are found in one pass, every one of them', () => {
    const text = `${Array.from({ length: 3000 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk5: again\nk2999: again\n`;
    const result = parseWithYaml('f.yaml', text);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['3001:1 yaml/duplicate-key', '3002:1 yaml/duplicate-key']);
  });

  it('1 and "1" are one key twice: the data could hold only one of them', () => {
    expect(refusal('1: a\n"1": b\n')).toBe('2:1 yaml/duplicate-key map keys must be unique');
  });
});

describe('lines that go back to their block', () => {
  it('a quoted value whose next line stands at the left margin is rejected (js-yaml read \'a: "x\\ny"\' as "x y")', () => {
    expect(compareWithReference('a: "x\ny"\n')).toBe('rejected');
    expect(compareWithReference("a: 'x\ny'\n")).toBe('rejected');
    expect(compareWithReference('b:\n  - "x\n  y"\n')).toBe('rejected');
    expect(compareWithReference('b:\n  - "x\n   y"\n')).toBe('same');
  });

  it('a flow collection may close level with its block, on the quick path; a line further back is rejected', () => {
    for (const text of ['x:\n  a: [\n    1\n  ]\n', 'x:\n  a: { b: 1,\n    c: 2\n  }\n', 'x:\n- [ 1,\n 2 ]\n']) {
      expect(parseFast(text), text).toBeDefined();
      expect(compareWithReference(text)).toBe('same');
    }
    for (const text of ['x:\n  a: {\n    b: 1\n }\n', 'x:\n  a: [ 1,\n  2 ]\n', 'x:\n  a: [ 1\n  , 2 ]\n']) expect(compareWithReference(text)).toBe('rejected');
  });

  it('an escaped line break in double quotes is read on the quick path, but before a blank line, where js-yaml folds otherwise', () => {
    expect(parseFast('a: "x\\\n  y"\n')).toBeDefined();
    expect(compareWithReference('a: "x\\\n  y"\n')).toBe('same');
    expect(parseFast('a: "x\\\n\n  y"\n')).toBeUndefined();
    expect(compareWithReference('a: "x\\\n\n  y"\n')).toBe('same');
  });
});

describe('found by mutating the YAML test suite', () => {
  it('a keep block scalar (|+) at the end of a file that ends in spaces keeps the line breaks yaml keeps', () => {
    expect(compareWithReference('keep: |+\n   text\n ')).toBe('same');
    expect(parseSource('f.yaml', 'keep: |+\n   text\n ').source?.data).toEqual({ keep: 'text\n' });
  });

  it('a tab after "-" before an anchor is rejected: yaml takes it for indentation', () => {
    expect(refusal('- - baz\n  -\t&x baz\n')).toBe('2:4 yaml/syntax tabs are not allowed as indentation in YAML; indent with spaces');
    expect(compareWithReference('- - baz\n  -\tbaz\n')).toBe('same');
  });

  it('a "?" that ends a value is text, not an explicit key: the quick path keeps the file', () => {
    for (const text of ['a:\n - a: -[?\n   b: aa\n', 'a: what?\nb: 1\n']) {
      expect(parseFast(text), text).toBeDefined();
      expect(compareWithReference(text)).toBe('same');
    }
  });

  it('two anchors on one node are refused, as yaml refuses them, where js-yaml would let them pass', () => {
    for (const text of ['top1: &node1\n  &k1 key1:# one\ntop2: two\n', 'a: &x\n  &y b\n']) {
      expect(parseFast(text), text).toBeUndefined();
      expect(compareWithReference(text)).toBe('rejected');
    }
    expect(refusal('a: &x\n  &y b\n')).toMatch(/^2:3 yaml\/syntax /);
  });

  it('explicit keys (? key) and pairs in flow lists are read as yaml reads them', () => {
    for (const text of ['a: |\n  ab\n?  cd\n   ef\n', '[a, ? [b,]]\n', 'sequence: [ one, two, ? ]\n', '[a: 1]\n', '{? a: 1}\n']) {
      expect(parseFast(text), text).toBeUndefined();
      compareWithReference(text);
    }
  });
});
