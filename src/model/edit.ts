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
