/** What the quick YAML readers (src/model/yaml/fast-yaml.ts, src/model/yaml/plain-yaml.ts) record of each node. */

export const Kind = {
  Empty: 0,
  Scalar: 1,
  BlockMap: 2,
  FlowMap: 3,
  BlockSeq: 4,
  FlowSeq: 5,
  /** `*name`: its `target` is the node the anchor `&name` stands on. */
  Alias: 6,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** A located node: offsets into the text, and for collections their children (key, value, key, value, ... for mappings). */
export interface Span {
  kind: Kind;
  start: number;
  end: number;
  children?: Span[];
  /** A scalar's value, so a mapping can find its keys. */
  value?: unknown;
  /** For an alias, the anchored node it stands for. */
  target?: Span;
}

export interface FastDocument {
  data: unknown;
  root: Span | undefined;
}

/**
 * YAML 1.2's core schema exactly as the `yaml` package resolves a plain scalar, tag by tag (js-yaml's
 * own also reads 1_000, 0b1 and more); text that matches none of them is a string.
 */
export const CORE_FORMS: readonly { tag: string; forms: readonly [RegExp, (s: string) => unknown][] }[] = [
  { tag: 'null', forms: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]] },
  { tag: 'bool', forms: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']] },
  {
    tag: 'int',
    forms: [
      [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
    ],
  },
  {
    tag: 'float',
    forms: [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ],
  },
];

/** How far YAML 1.2 lets the ":" of an implicit key in a block mapping stand from the key's start. */
export const MAX_KEY_LENGTH = 1024;

/** A block collection ends with the line break of its last line (or where an empty last value sits). */
export function blockEnd(text: string, children: Span[]): number {
  const last = children[children.length - 1]!;
  return last.kind === Kind.Empty ? last.end : lineEnd(text, last.end);
}

/** Just past the line break of the line `at` is on; `at` itself when it follows a line break. */
export function lineEnd(text: string, at: number): number {
  if (at > 0 && text.charCodeAt(at - 1) === 0x0a) return at;
  const lineBreak = text.indexOf('\n', at);
  return lineBreak === -1 ? text.length : lineBreak + 1;
}
