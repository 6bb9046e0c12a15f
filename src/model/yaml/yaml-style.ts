import { isScalar, visit, type Document } from 'yaml';

/** Short lists of plain values read best on one line, as people write them: `supports: [IT1, IT2]`. */
export function flowShortLists(doc: Document): void {
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.length <= 8 && seq.items.every((item) => isScalar(item) && String(item.value).length < 40)) seq.flow = true;
    },
  });
}

export const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;
