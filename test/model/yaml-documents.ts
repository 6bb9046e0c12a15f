import fc from 'fast-check';
import { stringify, type ToStringOptions } from 'yaml';

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
