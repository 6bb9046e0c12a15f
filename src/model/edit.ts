import { Document, isSeq, parseDocument } from 'yaml';
import { flowShortLists, WRITE_OPTIONS } from './yaml-style.js';

/**
 * Changes to a strategy file that leave every byte the user wrote in place: new list items are
 * rendered on their own and spliced in after the last item, at the list's own indentation. The
 * file is never re-serialised from data, so comments, blank lines and flow lists all survive.
 */

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

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/** Append items to the top-level list `key`, creating it at the end of the file when it is absent. */
export function appendItems(text: string, key: string, items: readonly unknown[]): string {
  if (items.length === 0) return text;
  const doc = parseDocument(text);
  const list = doc.get(key, true);
  if (list === undefined) {
    const base = text.endsWith('\n') ? text : `${text}\n`;
    return `${base}${key}:\n${render(items, 2)}`;
  }
  if (!isSeq(list) || list.flow || list.items.length === 0 || !list.range) {
    // A flow or empty list has no item to line up with: let the Document API place the items.
    if (isSeq(list)) for (const item of items) list.add(doc.createNode(item));
    return doc.toString(WRITE_OPTIONS);
  }
  const first = list.items[0] as { range?: [number, number, number] };
  const firstStart = first.range ? first.range[0] : list.range[0];
  const dash = text.lastIndexOf('-', firstStart);
  const indent = dash - lineStart(text, dash);
  const last = list.items[list.items.length - 1] as { range?: [number, number, number] };
  const at = lineEnd(text, Math.max(0, (last.range ? last.range[1] : list.range[1]) - 1));
  const before = text.slice(0, at);
  return `${before}${before.endsWith('\n') ? '' : '\n'}${render(items, indent)}${text.slice(at)}`;
}

/** The text of a scalar replaced in place, in the quotes it was written with. */
export function replaceScalar(text: string, path: readonly (string | number)[], value: string): string {
  const doc = parseDocument(text);
  const node = doc.getIn(path, true) as { range?: [number, number, number]; type?: string } | undefined;
  if (!node?.range) throw new Error(`no value at ${path.join('.')}`);
  const [start, end] = node.range;
  const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
  return `${text.slice(0, start)}${quote}${value}${quote}${text.slice(end)}`;
}

function isFlowMap(node: unknown): boolean {
  return typeof node === 'object' && node !== null && (node as { flow?: boolean }).flow === true;
}

/**
 * Put an item first in the list at `path` (newest first, as a history is kept), in the style of the
 * item already there: a one-line `{ ... }` beside flow mappings, a block otherwise. A missing list is
 * added as the last key of its parent mapping.
 */
export function prependItem(text: string, path: readonly (string | number)[], item: Record<string, unknown>): string {
  const doc = parseDocument(text);
  const list = doc.getIn(path, true);
  if (isSeq(list) && !list.flow && list.items.length > 0) {
    const first = list.items[0] as { range?: [number, number, number] };
    const dash = text.lastIndexOf('-', first.range![0]);
    const start = lineStart(text, dash);
    const indent = dash - start;
    const line = isFlowMap(first)
      ? `${' '.repeat(indent)}- ${new Document(item).toString({ ...WRITE_OPTIONS, collectionStyle: 'flow' }).trim().replace(/^\{/, '{ ').replace(/\}$/, ' }')}\n`
      : render([item], indent);
    return `${text.slice(0, start)}${line}${text.slice(start)}`;
  }
  if (list === undefined && path.length > 0) {
    const parent = doc.getIn(path.slice(0, -1), true) as { range?: [number, number, number]; flow?: boolean; items?: { key: { range?: [number, number, number] } }[] } | undefined;
    if (parent?.range && !parent.flow && parent.items?.length) {
      const keyStart = parent.items[0]!.key.range![0];
      const indent = keyStart - lineStart(text, keyStart);
      const at = lineEnd(text, Math.max(0, parent.range[1] - 1));
      const before = text.slice(0, at);
      const block = `${' '.repeat(indent)}${String(path[path.length - 1])}:\n${render([item], indent + 2)}`;
      return `${before}${before.endsWith('\n') ? '' : '\n'}${block}${text.slice(at)}`;
    }
  }
  // A flow or empty list: the Document API places the item, keeping comments.
  if (isSeq(list)) list.items.unshift(doc.createNode(item) as never);
  else doc.setIn(path, doc.createNode([item]));
  return doc.toString(WRITE_OPTIONS);
}
