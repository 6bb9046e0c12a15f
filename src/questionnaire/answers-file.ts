import * as z from 'zod';
import { loadDocument, type DocumentKind, type DocumentResult } from '../model/document.js';
import { entity, Text } from '../model/schema/common.js';
import { readNumber } from './numbers.js';
import { SECTIONS } from './questions.js';
import type { Answers, Section } from './types.js';

/** A number question also takes the number as text, grouped as people write it ("40,000"). */
function answerSchema(q: Section['questions'][number]): z.ZodType {
  // A list's items: each field as its question takes it, any left out taking that question's default.
  if (q.item) return z.array(entity(Object.fromEntries(q.item.questions.map((i) => [i.id, answerSchema(i).optional().describe(`${i.message} ${i.help}`)])))).max(q.item.max);
  if (q.kind !== 'number') return q.schema;
  return z.preprocess((value) => (typeof value === 'string' ? (readNumber(value) ?? value) : value), q.schema);
}

function sectionSchema(section: Section) {
  const shape: Record<string, z.ZodType> = Object.fromEntries(section.questions.map((q) => [q.id, answerSchema(q).optional().describe(`${q.message} ${q.help}`)]));
  // An entry of a section asked once per name keeps the name it answers for.
  if (section.each) shape[section.each.key] = Text.describe('The name this entry answers for, as the initiatives give it.');
  const one = entity(shape);
  return section.each ? z.array(one).optional().describe(section.title) : section.repeat ? z.array(one).max(section.repeat.max).optional().describe(section.title) : one.optional().describe(section.title);
}

/**
 * The answers file for `init --answers` (and the draft `init` keeps while you answer): one key per
 * section, one per question, each checked by the schema its question uses. Any answer left out
 * takes the question's default, as with --yes.
 */
export const AnswersSchema = entity({
  apiVersion: z.literal('socialplan/v1').describe('The format version.'),
  kind: z.literal('Answers').describe('Always Answers.'),
  ...Object.fromEntries(SECTIONS.map((s) => [s.id, sectionSchema(s)])),
});

export const ANSWERS: DocumentKind<Answers> = {
  kind: 'Answers',
  noun: 'an answers file',
  schema: AnswersSchema as unknown as z.ZodType<Answers>,
};

export function loadAnswers(file: string): Promise<DocumentResult<Answers>> {
  return loadDocument(file, ANSWERS);
}

/** Only the sections, without apiVersion and kind. */
export function sectionsOf(answers: Answers): Answers {
  const { apiVersion: _a, kind: _k, ...rest } = answers;
  return rest;
}
