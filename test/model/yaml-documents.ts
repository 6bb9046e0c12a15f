import fc from 'fast-check';
import { parse, stringify, type ToStringOptions } from 'yaml';

/**
 * Random YAML documents for the quick readers' tests: random data written by the yaml package in every
 * style it has, then bent the way people bend files: comments, blank lines, trailing spaces, CRLF, a
 * line indented wrongly.
 */

const key = fc.oneof(fc.constantFrom('id', 'name', 'a b', '1', 'true', 'x:y', '#k', '- k', 'é'), fc.string({ maxLength: 6 }));
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', 'null', '~', 'yes', '1_000', '0x1F', '.5', '2026-11-25', 'a: b', 'a #b', '- x', '"q"', "it's", 'line\nbreak', ' lead', 'trail ', '\t', '|', '>'),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).node;
const options: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 10, 20, 80),
  minContentWidth: fc.constantFrom(0, 5, 20),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
}) as fc.Arbitrary<ToStringOptions>;
const bend = fc.array(
  fc.tuple(fc.nat(), fc.constantFrom('comment line', 'end comment', 'blank line', 'trailing spaces', 'indent', 'unindent', 'crlf')),
  { maxLength: 4 },
);

function bent(text: string, edits: [number, string][]): string {
  const lines = text.split('\n');
  for (const [at, edit] of edits) {
    const i = at % lines.length;
    if (edit === 'comment line') lines.splice(i, 0, '# note');
    else if (edit === 'end comment') lines[i] += ' # note';
    else if (edit === 'blank line') lines.splice(i, 0, '');
    else if (edit === 'trailing spaces') lines[i] += '   ';
    else if (edit === 'indent') lines[i] = ` ${lines[i]}`;
    else if (edit === 'unindent') lines[i] = lines[i]!.replace(/^ /, '');
    else return lines.join('\r\n');
  }
  return lines.join('\n');
}

/** A random document: a mapping at the top, as a strategy is. */
export const yamlDocument: fc.Arbitrary<string> = fc
  .tuple(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), options, bend)
  .map(([data, style, edits]) => bent(stringify(data, style), edits));

/** Text as strategies hold it: words and sentences, identifiers, dates, URLs, figures, and now and then something harder. */
const plainText = fc.oneof(
  fc.stringMatching(/^[A-Za-z][a-z]{0,8}( [a-z]{1,8}){0,6}[.]?$/),
  fc.stringMatching(/^[a-z]{2,8}(-[a-z0-9]{1,6}){0,3}$/),
  fc.constantFrom('2026-11-25', 'https://x.example/a?b=1', 'R&D', '50%', 'a: b', 'x #y', "it's", 'say "hi"', 'Q1, Q2', '[1]', '{x}', 'line\nbreak', 'two\n\nparagraphs', 'trail ', ''),
  fc.string({ maxLength: 12 }),
);
const plainScalar = fc.oneof(
  { weight: 6, arbitrary: plainText },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const plainKey = fc.oneof({ weight: 29, arbitrary: fc.stringMatching(/^[a-z][a-zA-Z0-9_-]{0,8}$/) }, { weight: 1, arbitrary: key });
const plainValue = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, plainScalar, tie('list'), tie('map')),
  // Lists of text or of mappings, as a strategy's are; a list in a list now and then.
  list: fc.array(fc.oneof({ weight: 4, arbitrary: plainScalar }, { weight: 4, arbitrary: tie('map') }, { weight: 1, arbitrary: tie('list') }), { maxLength: 4 }),
  map: fc.dictionary(plainKey, tie('node'), { maxKeys: 5 }),
})).node;

/** Mostly block style, as people write strategies, with every string style. */
const blockOptions: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 80),
  minContentWidth: fc.constantFrom(0, 20),
  collectionStyle: fc.constantFrom('block', 'block', 'block', 'any'),
  defaultStringType: fc.constantFrom('PLAIN', 'PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constant('PLAIN'),
}) as fc.Arbitrary<ToStringOptions>;

/** A random document shaped like a strategy: plain keys, mostly plain text, mostly in block style, then bent. */
export const strategyLikeDocument: fc.Arbitrary<string> = fc
  .tuple(fc.dictionary(plainKey, plainValue, { minKeys: 1, maxKeys: 6 }), blockOptions, bend)
  .map(([data, style, edits]) => bent(stringify(data, style), edits));

/**
 * A random document in which some values are the same object, so the yaml package writes them once
 * with an anchor (&a1) and then as aliases (*a1), in every style.
 */
export const anchoredDocument: fc.Arbitrary<string> = fc
  .tuple(fc.dictionary(plainKey, plainValue, { minKeys: 2, maxKeys: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }), options, bend)
  .map(([data, shares, style, edits]) => {
    const keys = Object.keys(data);
    for (const [from, to] of shares) {
      const source = data[keys[from % keys.length]!];
      const target = keys[to % keys.length]!;
      if (source !== data[target]) data[target] = source;
    }
    return bent(stringify(data, { ...style, aliasDuplicateObjects: true }), edits);
  });

/** The examples, and each rewritten by the yaml package in other styles: flow, quoted, block scalars, CRLF, anchors. */
export function exampleSources(texts: string[]): string[] {
  const out = [...texts];
  for (const text of texts) {
    const data = parse(text) as Record<string, unknown>;
    out.push(stringify(data, { collectionStyle: 'flow', lineWidth: 60 }));
    out.push(stringify(data, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 50 }));
    out.push(stringify(data, { defaultStringType: 'QUOTE_SINGLE', lineWidth: 40 }));
    out.push(stringify(data, { defaultStringType: 'BLOCK_LITERAL' }));
    out.push(stringify(data, { defaultStringType: 'BLOCK_FOLDED', lineWidth: 30 }));
    out.push(text.replace(/\n/g, '\r\n'));
    const shared = { name: 'Shared Person', role: 'Chief Information Officer' };
    const share = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      for (const [k, v] of Object.entries(x)) {
        if (k === 'sponsor' || k === 'owner') (x as Record<string, unknown>)[k] = shared;
        else share(v);
      }
    };
    share(data);
    out.push(stringify(data, { indentSeq: false }));
  }
  return out;
}

/** What a mutation puts in: YAML's indicators, alone and in the combinations that have tripped readers up. */
const INSERTS = [
  '#', ' #', '\t#', ',#', ':', ': ', '-', '- ', '"', "'", '[', ']', '{', '}', ',', '&a ', '&a', '&a{', '*a', '*a]', ' *a : ', ': &a ',
  '!', '!!str ', ' !x ', '|', '>', '|+', '>-', '|2', ' ', '\t', ' \t', '\n', '\r\n', '\n  ', '\n- ', '? ', '---', '---x', '\n---\n',
  '...', '\n...\n', '%', '@', '`', '\\', '"\\', '"x"#c', "'x'#c", '[x]#c', '<<: ',
];

/**
 * A slice of up to 25 lines of one of `sources`, then one to three mutations: a YAML indicator put in, a
 * few characters taken out, a line repeated, a line indented or unindented by one.
 */
export function mutatedSlice(sources: string[]): fc.Arbitrary<string> {
  const mutation = fc.tuple(fc.nat({ max: 99 }), fc.nat(), fc.nat({ max: INSERTS.length - 1 }), fc.nat({ max: 2 }));
  return fc
    .tuple(fc.nat({ max: sources.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 25 }), fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([which, from, count, finalBreak, mutations]) => {
      const lines = sources[which]!.split('\n');
      const at = from % lines.length;
      let text = lines.slice(at, at + count).join('\n') + (finalBreak ? '\n' : '');
      for (const [kind, where, insert, take] of mutations) {
        const i = where % (text.length + 1);
        const all = text.split('\n');
        const line = where % all.length;
        if (kind < 50) text = text.slice(0, i) + INSERTS[insert] + text.slice(i);
        else if (kind < 65) text = text.slice(0, i) + text.slice(i + 1 + take);
        else if (kind < 80) text = [...all.slice(0, line), all[(where >> 3) % all.length]!, ...all.slice(line)].join('\n');
        else if (kind < 90) text = all.map((l, n) => (n === line ? ` ${l}` : l)).join('\n');
        else text = all.map((l, n) => (n === line ? l.replace(/^ /, '') : l)).join('\n');
      }
      return text;
    });
}

/** The valid cases of the YAML test suite, each mutated as mutatedSlice mutates the examples (whole, not sliced). */
export function mutatedSuiteCase(cases: string[]): fc.Arbitrary<string> {
  return mutatedSlice(cases.map((text) => text.split('\n').slice(0, 25).join('\n')));
}
