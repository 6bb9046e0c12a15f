import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import type { PathSegment } from './diagnostic.js';
import { readPlainYaml } from './plain-yaml.js';
import { blockEnd, CORE_FORMS, Kind, lineEnd, type FastDocument, type Span } from './yaml-span.js';

/**
 * The quick way to read a strategy: js-yaml, which parses about eight times faster than the `yaml`
 * package, with a listener that records where every node starts and ends, so a diagnostic can
 * still name its line and column. It reads only the plain YAML that strategies are written in; a
 * document that uses anything else (anchors, aliases, tags, directives, complex keys, a byte-order
 * mark) or that js-yaml rejects returns undefined, and the caller reads it with the `yaml` package,
 * which words every error. So the two never disagree about what a file means: either the quick
 * path reads exactly what `yaml` would (test/model/fast-yaml.test.ts compares them), or it steps aside.
 */

/** The core schema's forms (src/model/yaml-span.ts) as js-yaml types: js-yaml keeps one type per tag, so each tag's forms are tried in one resolver. */
const CORE = FAILSAFE_SCHEMA.extend({
  implicit: CORE_FORMS.map(
    ({ tag, forms }) =>
      new Type(`tag:yaml.org,2002:${tag}`, {
        kind: 'scalar',
        resolve: (s: string | null) => s !== null && forms.some(([test]) => test.test(s)),
        construct: (s: string) => forms.find(([test]) => test.test(s))![1](s),
      }),
  ),
});

/** Thrown from the listener to leave js-yaml as soon as the document needs the full parser. */
class StepAside extends Error {}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** From where js-yaml opened a node to its first character: past spaces, line breaks and comments. */
function contentStart(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (c === 0x23 /* # */ && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else return i;
  }
}

/** Back from where js-yaml closed a scalar to just after its last character. */
function contentEnd(text: string, to: number, start: number): number {
  let i = to;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

const NONE: Span[] = [];

/**
 * Parse `text` and locate its nodes, or undefined when the document is not plain YAML the quick
 * path reads exactly as the `yaml` package does.
 */
export function parseFast(text: string): FastDocument | undefined {
  if (text.charCodeAt(0) === 0xfeff || /^%/m.test(text)) return undefined;
  return readPlainYaml(text) ?? parseWithJsYaml(text);
}

/** js-yaml's reading of `text` with every node located, or undefined to leave it to the `yaml` package. */
export function parseWithJsYaml(text: string): FastDocument | undefined {
  // One entry per open node: where it opened, and its children once it has any (most nodes are
  // scalars and never do, so no list is made for them).
  const opened: number[] = [];
  const open: (Span[] | undefined)[] = [[]];
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      opened.push(state.position);
      open.push(undefined);
      return;
    }
    const from = opened.pop()!;
    const children = open.pop() ?? NONE;
    const s = state as State & { kind: string | null; result: unknown; tag: string | null; anchor: string | null };
    // js-yaml reads the text with a line break added when it lacks one: no position lies past the end.
    const span = closeNode(text, Math.min(from, text.length), Math.min(s.position, text.length), s.kind, s.result, children, s.tag, s.anchor);
    const parent = open.length - 1;
    (open[parent] ??= []).push(span);
  };
  let data: unknown;
  try {
    data = load(text, { schema: CORE, listener, onWarning: () => { throw new StepAside(); } });
  } catch {
    return undefined;
  }
  const top = open[0]!;
  if (top.length > 1) return undefined;
  const root = top[0];
  return { data, root: root?.kind === Kind.Empty ? undefined : root };
}

function closeNode(text: string, from: number, to: number, kind: string | null, result: unknown, children: Span[], tag: string | null, anchor: string | null): Span {
  if (anchor !== null) throw new StepAside();
  const start = contentStart(text, from);
  const first = text.charCodeAt(start);
  // Aliases (*), tags (!) and explicit keys (? ) are read by the full parser.
  if (first === 0x2a || first === 0x21 || (first === 0x3f && isSpace(text.charCodeAt(start + 1)))) throw new StepAside();
  // js-yaml reads a node in a block as a would-be mapping key first; when it is no key, that one
  // child, starting where this node starts, is the node itself.
  if (children.length === 1 && children[0]!.start === start && kind === kindName(children[0]!.kind)) return children[0]!;
  if (kind === 'mapping') {
    const flow = first === 0x7b;
    if (flow) checkFlowEnd(text, to);
    checkMapping(result, children, flow);
    return { kind: flow ? Kind.FlowMap : Kind.BlockMap, start, end: flow ? to : blockEnd(text, children), children };
  }
  if (kind === 'sequence') {
    const flow = first === 0x5b;
    if (flow) checkFlowEnd(text, to);
    if (!Array.isArray(result) || result.length !== children.length) throw new StepAside();
    if (!flow && children.length === 0) throw new StepAside();
    return { kind: flow ? Kind.FlowSeq : Kind.BlockSeq, start, end: flow ? to : blockEnd(text, children), children };
  }
  if (children.length > 0 || (tag !== null && tag !== '?' && tag !== '!' && !tag.startsWith('tag:yaml.org,2002:'))) throw new StepAside();
  if (kind === null && result === null) {
    // An empty value sits after the spaces that follow its key, as yaml places it.
    let at = from;
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
    return { kind: Kind.Empty, start: at, end: at, value: null };
  }
  const end = contentEnd(text, to, start);
  // A block scalar (| or >) runs to the end of its last line, and with + (keep) over the blank lines after it.
  if (first === 0x7c || first === 0x3e) {
    // Where a block scalar ends is read from its last character; when that is a space or a tab,
    // or there is none, it could be indentation or content: leave those to yaml.
    if (typeof result !== 'string' || /^\s*$|[ \t]\n*$/.test(result)) throw new StepAside();
    return { kind: Kind.Scalar, start, end: blockScalarEnd(text, start, end, to), value: result };
  }
  // An escaped line break in double quotes followed by blank lines folds differently in js-yaml.
  if (first === 0x22 && /\\\r?\n/.test(text.slice(start, end))) throw new StepAside();
  return { kind: Kind.Scalar, start, end, value: result };
}

/** yaml warns when a ] or } that starts its line is not indented past the parent; rather than judge the indent, step aside. */
function checkFlowEnd(text: string, to: number): void {
  let i = to - 2;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0 || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) throw new StepAside();
}

function kindName(kind: Kind): string | null {
  if (kind === Kind.Scalar) return 'scalar';
  if (kind === Kind.BlockMap || kind === Kind.FlowMap) return 'mapping';
  if (kind === Kind.BlockSeq || kind === Kind.FlowSeq) return 'sequence';
  return null;
}

function blockScalarEnd(text: string, start: number, end: number, to: number): number {
  const header = text.slice(start, start + 3);
  if (/^[|>][1-9]?\+/.test(header)) return to;
  return lineEnd(text, end);
}

/** Every key a plain string, each once, and one located key and value per entry. */
function checkMapping(result: unknown, children: Span[], flow: boolean): void {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) throw new StepAside();
  const keys = Object.keys(result);
  if (children.length !== keys.length * 2 || (!flow && children.length === 0)) throw new StepAside();
  const seen = new Set<string>();
  for (let i = 0; i < children.length; i += 2) {
    const key = children[i]!;
    if (key.kind !== Kind.Scalar || typeof key.value !== 'string' || key.value === '__proto__' || seen.has(key.value)) throw new StepAside();
    seen.add(key.value);
  }
}

export interface Located {
  start: number;
  end: number;
}

/**
 * Where a path points, with the same answer as the `yaml` package's nodes: the value's node, or
 * its key with `at: 'key'`; the deepest key that exists when the path goes further than the file;
 * the key's line for a block collection.
 */
export function locateFast(root: Span | undefined, path: readonly PathSegment[], at: 'key' | 'value'): Located | undefined {
  let node = root;
  let key: Span | undefined;
  let complete = true;
  for (const segment of path) {
    if (!node) break;
    if (node.kind === Kind.BlockMap || node.kind === Kind.FlowMap) {
      const children = node.children!;
      let found = -1;
      for (let i = 0; i < children.length; i += 2) {
        if (children[i]!.value === String(segment)) {
          found = i;
          break;
        }
      }
      if (found === -1) {
        complete = false;
        break;
      }
      key = children[found];
      node = children[found + 1];
    } else if ((node.kind === Kind.BlockSeq || node.kind === Kind.FlowSeq) && typeof segment === 'number' && node.children![segment] && node.children![segment]!.kind !== Kind.Empty) {
      // (yaml has no node for an empty item: a path to one points at its list.)
      key = undefined;
      node = node.children![segment];
    } else {
      complete = false;
      break;
    }
  }
  const block = node !== undefined && (node.kind === Kind.BlockMap || node.kind === Kind.BlockSeq);
  const target = (complete && at === 'value' && !block) || !key ? node : key;
  return target ? { start: target.start, end: target.end } : undefined;
}
