import { Document, isMap, isScalar } from 'yaml';
import { flowShortLists, WRITE_OPTIONS } from '../model/yaml/yaml-style.js';

/** What each top-level section is for, written above it so the file explains itself. */
export const SECTION_COMMENTS: Record<string, string> = {
  apiVersion: ' The file format; socialplan reads socialplan/v1.',
  metadata: ' What this strategy is, whose it is, its version and its history (newest first).',
  alignment: ' Social strategy inside IT strategy inside business strategy: each initiative serves IT objectives,\n each IT objective serves business goals.',
  initiatives: ' The initiatives, internal and external: what each needs, how it is measured, what it costs and returns,\n and what each stakeholder needs to know of it.',
  platforms: ' The platforms and accounts the initiatives use, with what Legal, Records and Security need to know.',
  governance: ' Who runs social, under which policies, and the controls that keep it safe.',
  leadership: ' The executive voice: selective, not omnipresent.',
  stakeholders: ' The people who sign off for each stakeholder.',
};

/**
 * A strategy as the file a person will keep editing: the editor-schema modeline first, a header,
 * a comment above each section, a blank line between sections.
 */
export function strategyText(data: Record<string, unknown>, schemaPath: string, header: string): string {
  const doc = new Document(data);
  doc.commentBefore = ` yaml-language-server: $schema=${schemaPath}\n${header
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n')}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const comment = SECTION_COMMENTS[key];
      if (comment && isScalar(pair.key)) {
        pair.key.commentBefore = comment;
        if (key !== 'apiVersion') pair.key.spaceBefore = true;
      }
    }
  }
  flowShortLists(doc);
  return doc.toString(WRITE_OPTIONS);
}
