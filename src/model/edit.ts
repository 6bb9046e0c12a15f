import { Document, isSeq, parse, parseDocument, stringify, type YAMLSeq } from 'yaml';
import { flowShortLists, WRITE_OPTIONS } from './yaml/yaml-style.js';

/**
 * Changes to a strategy file that leave every byte the user wrote in place: a scalar replaced where
 * it stands, list items rendered on their own and spliced in at the list's own indentation (or
 * inside its brackets, for a flow list), in the file's own line endings. The file is never
 * re-serialised from data, so comments, blank lines and flow styles all survive.
 */

type Path = readonly (string | number)[];
type Ranged = { range?: [number, number, number] };

function render(items: readonly unknown[], indent: number): string {
  const doc = new Document(items);
  flowShortLists(doc);
  const pad = ' '.repeat(indent);
  return doc
    .toString(WRITE_OPTIONS)
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/**
 * A scalar on one line, safe inside a flow mapping too: plain where YAML reads it back as the same
 * string (and YAML 1.1 tools would not read a boolean), otherwise a JSON string, which is valid YAML.
 */
function oneLine(value: unknown): string {
  if (value !== null && typeof value === 'object') return flowItem(value);
  if (typeof value !== 'string') return stringify(value).trimEnd();
  const plain =
    /^[^\s{}[\],#:&*!|>'"%@`?-][^{}[\],#\n\r]*$/.test(value) &&
    !/\s$|: |:$/.test(value) &&
    !/^(y|n|yes|no|on|off|true|false|null|~)$/i.test(value) &&
    parse(value) === value;
  return plain ? value : JSON.stringify(value);
}

/** `{ key: value, ... }` on one line, as the flow items of the examples are written. */
function flowItem(item: unknown): string {
  if (Array.isArray(item)) return `[${item.map(oneLine).join(', ')}]`;
  const pairs = Object.entries(item as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{ ${pairs.map(([k, v]) => `${k}: ${oneLine(v)}`).join(', ')} }`;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/** Inserted text in the file's own line endings. */
function inEndings(text: string, inserted: string): string {
  return text.includes('\r\n') ? inserted.replace(/\r?\n/g, '\r\n') : inserted;
}

function splice(text: string, at: number, inserted: string, remove = 0): string {
  return `${text.slice(0, at)}${inEndings(text, inserted)}${text.slice(at + remove)}`;
}

/** A flow list `[a, b]` with one more item first or last, spliced inside its brackets. */
function intoFlowList(text: string, list: YAMLSeq, item: unknown, first: boolean): string {
  const [start, end] = list.range!;
  const close = text.lastIndexOf(']', end - 1);
  const rendered = flowItem(item);
  if (list.items.length === 0) return splice(text, start, `[${rendered}]`, close + 1 - start);
  return first ? splice(text, start + 1, `${rendered}, `) : splice(text, close, `, ${rendered}`);
}

/** A block list's first item: where its dash is, and the indentation of the dash. */
function firstDash(text: string, list: YAMLSeq): { lineAt: number; indent: number } {
  const first = list.items[0] as Ranged;
  const dash = text.lastIndexOf('-', first.range ? first.range[0] : list.range![0]);
  const lineAt = lineStart(text, dash);
  return { lineAt, indent: dash - lineAt };
}

/** A new key with a one-item block list, as the last key of the block mapping at `parent`. */
function newList(text: string, parentPath: Path, key: string | number, item: unknown): string | undefined {
  const doc = parseDocument(text);
  const parent = (parentPath.length ? doc.getIn(parentPath, true) : doc.contents) as (Ranged & { flow?: boolean; items?: { key: Ranged }[] }) | undefined;
  if (!parent?.range || parent.flow || !parent.items?.length) return undefined;
  const keyStart = parent.items[0]!.key.range![0];
  const indent = keyStart - lineStart(text, keyStart);
  const at = parentPath.length ? lineEnd(text, Math.max(0, parent.range[1] - 1)) : text.length;
  const before = text.slice(0, at);
  return splice(text, at, `${before.endsWith('\n') || at === 0 ? '' : '\n'}${' '.repeat(indent)}${String(key)}:\n${render([item], indent + 2)}`);
}

/** Append items to the top-level list `key`, creating it at the end of the file when it is absent. */
export function appendItems(text: string, key: string, items: readonly unknown[]): string {
  let out = text;
  for (const item of items) {
    const doc = parseDocument(out);
    const list = doc.get(key, true);
    if (list === undefined) {
      out = newList(out, [], key, item) ?? `${out}${out.endsWith('\n') ? '' : '\n'}${key}:\n${render([item], 2)}`;
      continue;
    }
    if (!isSeq(list) || !list.range) throw new Error(`${key} is not a list`);
    if (list.flow) {
      out = intoFlowList(out, list, item, false);
      continue;
    }
    const { indent } = firstDash(out, list);
    const last = list.items[list.items.length - 1] as Ranged;
    const at = lineEnd(out, Math.max(0, (last.range ? last.range[1] : list.range[1]) - 1));
    out = splice(out, at, `${out.slice(0, at).endsWith('\n') ? '' : '\n'}${render([item], indent)}`);
  }
  return out;
}

/** The text of a scalar replaced in place, in the quotes it was written with. */
export function replaceScalar(text: string, path: Path, value: string): string {
  const doc = parseDocument(text);
  const node = doc.getIn(path, true) as (Ranged & { type?: string }) | undefined;
  if (!node?.range) throw new Error(`no value at ${path.join('.')}`);
  const [start, end] = node.range;
  const written =
    node.type === 'QUOTE_DOUBLE'
      ? JSON.stringify(value)
      : node.type === 'QUOTE_SINGLE'
        ? `'${value.replace(/'/g, "''")}'`
        : oneLine(value);
  return splice(text, start, written, end - start);
}

/**
 * Put an item first in the list at `path` (newest first, as a history is kept), in the style of the
 * item already there: a one-line `{ ... }` beside flow mappings, a block otherwise. A missing list is
 * added as the last key of its parent mapping.
 */
export function prependItem(text: string, path: Path, item: Record<string, unknown>): string {
  const doc = parseDocument(text);
  const list = doc.getIn(path, true);
  if (list === undefined) {
    const added = newList(text, path.slice(0, -1), path[path.length - 1]!, item);
    if (added === undefined) throw new Error(`cannot add ${path.join('.')}: its parent is not a block mapping`);
    return added;
  }
  if (!isSeq(list) || !list.range) throw new Error(`${path.join('.')} is not a list`);
  if (list.flow) return intoFlowList(text, list, item, true);
  const { lineAt, indent } = firstDash(text, list);
  const firstIsFlow = (list.items[0] as { flow?: boolean }).flow === true;
  const line = firstIsFlow ? `${' '.repeat(indent)}- ${flowItem(item)}\n` : render([item], indent);
  return splice(text, lineAt, line);
}
