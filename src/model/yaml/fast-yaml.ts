import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import type { PathSegment } from '../diagnostic.js';
import { readPlainYaml } from './plain-yaml.js';
import { blockEnd, CORE_FORMS, Kind, lineEnd, MAX_KEY_LENGTH, type FastDocument, type Span } from './yaml-span.js';

/**
 * The quick way to read a strategy: js-yaml, which parses about six times faster than the `yaml`
 * package, with a listener that records where every node starts and ends, so a diagnostic can
 * still name its line and column. It reads the YAML that strategies are written in, in every style:
 * block and flow, plain, quoted and block scalars, anchors and aliases, CRLF. A document that uses
 * anything else (tags, directives, complex keys, a byte-order mark), that js-yaml rejects, or where
 * js-yaml is known to read otherwise than YAML 1.2 (each such place is named below) returns
 * undefined, and the caller reads it with the `yaml` package, which words every error. So the two
 * never disagree about what a file means: either the quick path reads exactly what `yaml` would
 * (test/model/fast-yaml.test.ts and test/model/yaml-test-suite.test.ts compare them), or it steps aside.
 */

/** The core schema's forms (src/model/yaml/yaml-span.ts) as js-yaml types: js-yaml keeps one type per tag, so each tag's forms are tried in one resolver. */
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

/** The `yaml` package's limit on alias expansion (src/model/yaml/yaml-source.ts), counted as it counts. */
const MAX_ALIAS_COUNT = 100;

/** An anchor as the `yaml` package counts it when it expands aliases: uses so far (the node itself is one), and what one use weighs. */
interface Anchor {
  span: Span;
  count: number;
  aliasCount: number;
}

/** What a node weighs as `yaml` counts it (its getAliasCount): an alias its anchor's uses times their weight, a collection its heaviest item, anything else 1. */
function aliasWeight(span: Span, anchors: Map<Span, Anchor>): number {
  if (span.kind === Kind.Alias) {
    const anchor = anchors.get(span.target!);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  }
  if (span.children) {
    let weight = 0;
    for (const child of span.children) weight = Math.max(weight, aliasWeight(child, anchors));
    return weight;
  }
  return 1;
}

/** Past an anchor or alias name: names run to a space, a line break or a flow indicator. */
function nameEnd(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (Number.isNaN(c) || isSpace(c) || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) return i;
    i++;
  }
}

/** The nodes that hold text (scalars, aliases, empty values), in the order they stand in the file. */
function leaves(span: Span | undefined, out: Span[] = []): Span[] {
  if (!span) return out;
  if (span.children) for (const child of span.children) leaves(child, out);
  else out.push(span);
  return out;
}

/**
 * Whether every "#" outside the text of a node starts a comment as YAML 1.2 allows one to: at the
 * start of a line or after a space or tab. js-yaml also takes "#" straight after a closing quote,
 * bracket or comma for a comment ('"x"#c', "[x]#c", "{a: 1,#c"), which yaml rejects.
 */
function commentsSeparated(text: string, root: Span | undefined): boolean {
  const texts = leaves(root);
  let next = 0;
  for (let hash = text.indexOf('#'); hash !== -1; hash = text.indexOf('#', hash + 1)) {
    while (next < texts.length && texts[next]!.end <= hash) next++;
    const inside = next < texts.length && texts[next]!.start <= hash;
    if (inside) continue;
    const before = text.charCodeAt(hash - 1);
    if (hash > 0 && before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) return false;
    // A comment runs to the end of its line, "#" and all.
    const lineBreak = text.indexOf('\n', hash);
    if (lineBreak === -1) break;
    hash = lineBreak;
  }
  return true;
}

/**
 * js-yaml takes "---" at the start of a file for the document marker even when text follows it
 * ("---word" is the text "---word" in YAML 1.2), and lets a block mapping or list start on the
 * marker's line ("--- a: 1"), which YAML 1.2 does not.
 */
function badDocumentStart(text: string, root: Span | undefined): boolean {
  const at = contentStart(text, 0);
  if (!text.startsWith('---', at) || (at > 0 && text.charCodeAt(at - 1) !== 0x0a && text.charCodeAt(at - 1) !== 0x0d)) return false;
  const after = text.charCodeAt(at + 3);
  if (!Number.isNaN(after) && !isSpace(after)) return true;
  if (!root || (root.kind !== Kind.BlockMap && root.kind !== Kind.BlockSeq)) return false;
  return !/[\r\n]/.test(text.slice(at, root.start));
}

/**
 * Parse `text` and locate its nodes, or undefined when the document is not plain YAML the quick
 * path reads exactly as the `yaml` package does.
 */
export function parseFast(text: string): FastDocument | undefined {
  // A tab in a line's indentation is an error in YAML 1.2 in most places and content in a few; js-yaml
  // lets it pass before a comment or a marker ("\t# note", "\t---"). yaml judges each.
  if (text.charCodeAt(0) === 0xfeff || /^%/m.test(text) || /^ *\t/m.test(text)) return undefined;
  // A tab after "-" or "?" before an anchor, a tag or an alias: yaml takes the tab for indentation.
  if (text.includes('\t') && /[-?][ \t]*\t[ \t]*[&!*]/.test(text)) return undefined;
  return readPlainYaml(text) ?? parseWithJsYaml(text);
}

/** js-yaml's reading of `text` with every node located, or undefined to leave it to the `yaml` package. */
export function parseWithJsYaml(text: string): FastDocument | undefined {
  // One entry per open node: where it opened, and its children once it has any (most nodes are
  // scalars and never do, so no list is made for them).
  const opened: number[] = [];
  const open: (Span[] | undefined)[] = [[]];
  const anchors = new Map<Span, Anchor>();
  const anchorNames = new Map<string, Span>();
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
    const span = closeNode(text, Math.min(from, text.length), Math.min(s.position, text.length), s.kind, s.result, children, s.tag, s.anchor !== null);
    if (span.kind === Kind.Alias) countAlias(span);
    else if (s.anchor !== null) {
      anchors.set(span, { span, count: 1, aliasCount: 0 });
      anchorNames.set(s.anchor, span);
    }
    const parent = open.length - 1;
    (open[parent] ??= []).push(span);
  };
  /** An alias stands for the node its name was last anchored on; past `yaml`'s expansion limit, yaml words the refusal. */
  const countAlias = (span: Span): void => {
    const target = anchorNames.get(text.slice(span.start + 1, span.end));
    const anchor = target && anchors.get(target);
    if (!anchor) throw new StepAside();
    span.target = target;
    anchor.count += 1;
    if (anchor.aliasCount === 0) anchor.aliasCount = aliasWeight(target, anchors);
    if (anchor.count * anchor.aliasCount > MAX_ALIAS_COUNT) throw new StepAside();
  };
  const shortLines: number[] = [];
  let data: unknown;
  try {
    data = load(text, {
      schema: CORE,
      listener,
      onWarning: (warning: Error & { reason?: string; mark?: { position: number } }) => {
        // Indentation within flow collections is judged by linesIndented, as yaml judges it; anywhere else, by yaml.
        if (warning.reason !== 'deficient indentation' || !warning.mark) throw new StepAside();
        shortLines.push(warning.mark.position);
      },
    });
  } catch {
    return undefined;
  }
  const top = open[0]!;
  if (top.length > 1) return undefined;
  const root = top[0];
  if (readsOtherwise(text, root, shortLines)) return undefined;
  return { data, root: root?.kind === Kind.Empty ? undefined : root };
}

/**
 * Whether the whole document, as js-yaml read it, is one where js-yaml and yaml part ways, found
 * once the tree is built: a marker that is not one, or a collection on its line; a "#" taken for a
 * comment without a space before it; lines of a flow collection or quoted scalar that go back to
 * their block (`shortLines`: where js-yaml warned of it); a root block scalar with an indentation
 * digit, which js-yaml counts from column -1 and yaml from 0; and an empty document after a marker,
 * which yaml places at the marker.
 */
function readsOtherwise(text: string, root: Span | undefined, shortLines: readonly number[]): boolean {
  if (badDocumentStart(text, root) || (text.includes('#') && !commentsSeparated(text, root))) return true;
  if (!linesIndented(text, root, -1) || !shortLines.every((at) => inFlow(root, at))) return true;
  if (root?.kind === Kind.Scalar && /^[|>][-+]?[1-9]/.test(text.slice(root.start, root.start + 3))) return true;
  return (!root || root.kind === Kind.Empty) && /^(?:---|\.\.\.)/m.test(text);
}

function closeNode(text: string, from: number, to: number, kind: string | null, result: unknown, children: Span[], tag: string | null, anchored: boolean): Span {
  let start = contentStart(text, from);
  // An anchor (&name) comes before its node, which starts past it.
  let afterProperties = -1;
  while (anchored && text.charCodeAt(start) === 0x26) {
    // Two anchors on one node are an error in YAML 1.2 that js-yaml lets pass: yaml words it.
    if (afterProperties !== -1) throw new StepAside();
    afterProperties = nameEnd(text, start);
    // YAML 1.2 wants a space after an anchor; js-yaml reads "&a{" as an anchor and a mapping.
    if (afterProperties < text.length && !isSpace(text.charCodeAt(afterProperties))) throw new StepAside();
    start = contentStart(text, afterProperties);
  }
  const first = text.charCodeAt(start);
  // Tags (!) and explicit keys (? ) are read by the full parser.
  if (first === 0x21 || (first === 0x3f && isSpace(text.charCodeAt(start + 1)))) throw new StepAside();
  if (first === 0x2a) {
    // An alias: the node it stands for is found by its name (js-yaml has already checked that one was anchored before it).
    if (anchored || children.length > 0) throw new StepAside();
    return { kind: Kind.Alias, start, end: nameEnd(text, start) };
  }
  // For an anchor on the line of a block mapping's first key ("&a key: value"), YAML 1.2 anchors the key; js-yaml anchors the mapping.
  if (afterProperties !== -1 && (kind === 'mapping' || kind === 'sequence') && first !== 0x7b && first !== 0x5b && !/[\r\n]/.test(text.slice(afterProperties, start))) throw new StepAside();
  // js-yaml reads a node in a block as a would-be mapping key first; when it is no key, that one
  // child, starting where this node starts, is the node itself.
  if (children.length === 1 && children[0]!.start === start && kind === kindName(children[0]!.kind)) return children[0]!;
  // A block scalar in a list keeps the empty would-be key js-yaml tried first.
  if (kind === 'scalar' && (first === 0x7c || first === 0x3e) && children.length === 1 && children[0]!.kind === Kind.Empty && children[0]!.start === start) children = NONE;
  if (kind === 'mapping') {
    const flow = first === 0x7b;
    checkMapping(text, result, children, flow);
    // A block mapping starts at its first key (past an anchor written before the key, which is the key's).
    return { kind: flow ? Kind.FlowMap : Kind.BlockMap, start: flow ? start : children[0]!.start, end: flow ? to : blockEnd(text, children), children };
  }
  if (kind === 'sequence') {
    const flow = first === 0x5b;
    if (!Array.isArray(result) || result.length !== children.length) throw new StepAside();
    // A pair in a flow list ("[a: 1]", "[? a]") makes a mapping js-yaml does not report as a node: yaml reads those.
    if (flow && result.some((item, i) => item !== null && typeof item === 'object' && !Array.isArray(item) && children[i]!.kind !== Kind.FlowMap && children[i]!.kind !== Kind.Alias)) throw new StepAside();
    if (!flow && children.length === 0) throw new StepAside();
    return { kind: flow ? Kind.FlowSeq : Kind.BlockSeq, start, end: flow ? to : blockEnd(text, children), children };
  }
  if (children.length > 0 || (tag !== null && tag !== '?' && tag !== '!' && !tag.startsWith('tag:yaml.org,2002:'))) throw new StepAside();
  if (kind === null && result === null) {
    // An anchor on nothing ("a: &x" and a line break) is placed differently by yaml: leave it to yaml.
    if (anchored) throw new StepAside();
    // An empty value sits after the spaces that follow its key, as yaml places it (checkMapping
    // places it after the key's ":" where js-yaml opened it further on).
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
    // A block scalar that keeps its line breaks (+) and runs to the end of a file that ends in spaces: js-yaml counts one more line break.
    if (/^[|>][1-9]?\+|^[|>]\+/.test(text.slice(start, start + 3)) && to >= text.length && !text.endsWith('\n')) throw new StepAside();
    return { kind: Kind.Scalar, start, end: blockScalarEnd(text, start, end, to), value: result };
  }
  // An escaped line break in double quotes followed by a blank line folds differently in js-yaml.
  if (first === 0x22 && /\\\r?\n[ \t]*\r?\n/.test(text.slice(start, end))) throw new StepAside();
  return { kind: Kind.Scalar, start, end, value: result };
}

/**
 * Every line of a flow collection or a quoted scalar in a block mapping or list stands further in
 * than that block, but the line of a flow collection's closing ] or }, which may stand level with it.
 * yaml rejects a line that goes back further (YAML 1.2's flow lines belong to their block); js-yaml
 * reads '"x\ny"' at the left margin as "x y", and only warns of "deficient indentation" elsewhere, a
 * warning let pass inside flow collections, so that a closing bracket level with its block stays on
 * this path. `indent` is the block's column, -1 at the top, where any will do but a comment at the
 * left margin, which yaml rejects there.
 */
function linesIndented(text: string, span: Span | undefined, indent: number): boolean {
  if (!span) return true;
  if (span.kind === Kind.BlockMap || span.kind === Kind.BlockSeq) {
    const inner = span.start - lineStartOf(text, span.start);
    return span.children!.every((child) => linesIndented(text, child, inner));
  }
  const flow = span.kind === Kind.FlowMap || span.kind === Kind.FlowSeq;
  const first = text.charCodeAt(span.start);
  if (!(flow || (span.kind === Kind.Scalar && (first === 0x22 || first === 0x27))) || (indent < 0 && !flow)) return true;
  // The lines of the collections and scalars inside a flow collection are its lines too.
  const close = flow ? span.end - 1 : -1;
  for (let lineBreak = text.indexOf('\n', span.start); lineBreak !== -1 && lineBreak < span.end - 1; lineBreak = text.indexOf('\n', lineBreak + 1)) {
    let i = lineBreak + 1;
    while (text.charCodeAt(i) === 0x20) i++;
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) continue;
    const column = i - lineBreak - 1;
    if (column < indent || (column === indent && i !== close)) return false;
    // In a flow collection at the top, yaml takes a comment at the left margin for one with no space before it.
    if (indent < 0 && column === 0 && c === 0x23) return false;
  }
  return true;
}

/** Whether `at` lies inside a flow collection (past its opening bracket, up to its closing one). */
function inFlow(span: Span | undefined, at: number): boolean {
  if (!span?.children || at <= span.start || at >= span.end) return false;
  if (span.kind === Kind.FlowMap || span.kind === Kind.FlowSeq) return true;
  return span.children.some((child) => inFlow(child, at));
}

/** Where the line `at` is on starts (a lone CR is refused before any reader runs, so lines end in LF). */
function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function kindName(kind: Kind): string | null {
  if (kind === Kind.Scalar) return 'scalar';
  if (kind === Kind.BlockMap || kind === Kind.FlowMap) return 'mapping';
  if (kind === Kind.BlockSeq || kind === Kind.FlowSeq) return 'sequence';
  return null;
}

/**
 * A block scalar ends with the line break of its last line; one that keeps its trailing lines (+)
 * also takes in the blank lines after it, up to the first line with anything on it, a comment too.
 */
function blockScalarEnd(text: string, start: number, end: number, to: number): number {
  const header = text.slice(start, start + 3);
  const last = lineEnd(text, end);
  if (!/^[|>][1-9]?\+/.test(header)) return last;
  let at = last;
  for (;;) {
    let i = at;
    while (text.charCodeAt(i) === 0x20) i++;
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (i >= to || text.charCodeAt(i) !== 0x0a) return Math.min(Math.max(at, i >= text.length ? i : at), to);
    at = i + 1;
  }
}

/**
 * Whether a "?" indicator stands before the key that starts at `at` (on its line or the lines before,
 * past spaces), and after `from`, where the entry before it ends: a "?" that ends the value before
 * ("a: what?") is text.
 */
function explicitKey(text: string, at: number, from: number): boolean {
  let i = at;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  if (i <= from || text.charCodeAt(i - 1) !== 0x3f) return false;
  const before = text.charCodeAt(i - 2);
  return i === 1 || isSpace(before) || before === 0x7b || before === 0x5b || before === 0x2c;
}

/** Every key a plain string, each once, and one located key and value per entry; in a block mapping, each ":" at most 1024 characters past its key's start. */
function checkMapping(text: string, result: unknown, children: Span[], flow: boolean): void {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) throw new StepAside();
  const keys = Object.keys(result);
  if (children.length !== keys.length * 2 || (!flow && children.length === 0)) throw new StepAside();
  const seen = new Set<string>();
  for (let i = 0; i < children.length; i += 2) {
    const key = children[i]!;
    if (key.kind !== Kind.Scalar || typeof key.value !== 'string' || key.value === '__proto__' || seen.has(key.value)) throw new StepAside();
    // An explicit key ("? key") is the yaml package's to read: where a value it lacks is placed differs.
    if (explicitKey(text, key.start, i > 0 ? children[i - 1]!.end : 0)) throw new StepAside();
    // A block mapping or list as a value starts on a line below its key: js-yaml reads "a: &x b: c" as {a: {b: c}}.
    const value = children[i + 1]!;
    if (!flow && (value.kind === Kind.BlockMap || value.kind === Kind.BlockSeq) && !/[\r\n]/.test(text.slice(key.end, value.start))) throw new StepAside();
    if (!flow && key.end - key.start >= MAX_KEY_LENGTH - 1) {
      let colon = key.end;
      while (text.charCodeAt(colon) === 0x20 || text.charCodeAt(colon) === 0x09) colon++;
      if (colon - key.start > MAX_KEY_LENGTH) throw new StepAside();
    }
    seen.add(key.value);
    // An empty value sits after its key's ":" and the spaces after it, on the key's line.
    if (value.kind === Kind.Empty) {
      let colon = key.end;
      while (text.charCodeAt(colon) === 0x20 || text.charCodeAt(colon) === 0x09) colon++;
      if (text.charCodeAt(colon) === 0x3a) {
        let at = colon + 1;
        while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
        value.start = value.end = at;
      }
    }
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
    // A path goes on through an alias into the node it stands for, as yaml's does.
    if (node.kind === Kind.Alias) node = node.target!;
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
