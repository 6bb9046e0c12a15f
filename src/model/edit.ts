import { isSeq, parseDocument, type Document } from 'yaml';

/**
 * Changes to a strategy file made through the yaml Document API, so every comment, blank line and
 * flow-style list the user wrote survives: the file is never re-serialised from data.
 */
export function appendTo(doc: Document, key: string, items: readonly unknown[]): void {
  if (items.length === 0) return;
  const existing = doc.get(key, true);
  if (isSeq(existing)) {
    for (const item of items) existing.add(doc.createNode(item));
  } else {
    doc.set(key, doc.createNode(items));
  }
}

export function openForEdit(text: string): Document {
  return parseDocument(text, { keepSourceTokens: false });
}
