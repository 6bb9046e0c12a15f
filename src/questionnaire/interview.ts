import type * as z from 'zod';
import { findingFromIssue } from '../model/issues.js';
import type { Answers, Asker, Context, Question, Section, SectionAnswers } from './types.js';
import { holds } from './when.js';

/** An answer the questionnaire cannot accept, with where it belongs (`initiatives[1].id`). */
export class AnswerError extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/** Why a value is refused, in the words `check` would use, without a field name in front. */
export function refusal(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return undefined;
  if (value === undefined) return 'an answer is needed';
  const issue = result.error.issues[0]!;
  return findingFromIssue({ ...issue, path: ['answer', ...issue.path] } as typeof issue).message.replace(/^answer(\[\d+\])? /, '');
}

/** A select or checkbox answer must be one of the choices offered (an IT objective that exists, a platform named). */
function notAChoice(question: Question, value: unknown, context: Context): string | undefined {
  if (question.openChoices || (question.kind !== 'select' && question.kind !== 'checkbox')) return undefined;
  const choices = (typeof question.choices === 'function' ? question.choices(context) : (question.choices ?? [])).map((c) => c.value);
  const given = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const wrong = given.find((v) => !choices.includes(v as string));
  if (wrong === undefined) return undefined;
  return `"${String(wrong)}" is not one of the choices: ${choices.map((c) => `"${c}"`).join(', ') || 'none yet'}`;
}

/** A checkbox whose choices come from earlier answers and are none yet (no platform named before) is not asked. */
function nothingToChoose(question: Question, context: Context): boolean {
  return question.kind === 'checkbox' && typeof question.choices === 'function' && !question.openChoices && question.choices(context).length === 0;
}

export function defaultFor(question: Question, context: Context): unknown {
  return typeof question.default === 'function' ? question.default(context) : question.default;
}

/** The items of a list given in a file: a field left out takes its question's default, as a question left out does. */
function withItemDefaults(question: Question, items: unknown[], context: Context): unknown[] {
  return items.map((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
    const filled: SectionAnswers = { ...(item as SectionAnswers) };
    for (const q of question.item!.questions) {
      if (Object.hasOwn(filled, q.id)) continue;
      const value = defaultFor(q, { ...context, current: filled });
      if (value !== undefined) filled[q.id] = value;
    }
    return filled;
  });
}

/**
 * The entries of a section asked once per name (each platform the initiatives use), in the order
 * the names come: an entry given for a name is kept, one given for a name no longer there is refused.
 */
function entriesFor(section: Section, answers: Answers, path: (string | number)[]): { names: string[]; entries: SectionAnswers[] } {
  const { key, names: namesOf } = section.each!;
  const names = namesOf(answers);
  const given = (Array.isArray(answers[section.id]) ? answers[section.id] : []) as SectionAnswers[];
  given.forEach((entry, i) => {
    if (!names.includes(entry[key] as string)) {
      throw new AnswerError([...path, i, key], `"${String(entry[key])}" is not among those asked about here (${names.map((n) => `"${n}"`).join(', ') || 'none'})`);
    }
  });
  const entries = names.map((name) => given.find((e) => e[key] === name) ?? { [key]: name });
  answers[section.id] = entries;
  return { names, entries };
}

export interface InterviewOptions {
  /** Answers already given: a resumed draft or an answers file. Questions answered there are not asked again. */
  initial?: Answers;
  /** Called after every answer with everything answered so far, to keep a draft. */
  progress?: (answers: Answers) => void | Promise<void>;
}

async function fill(section: Section, asker: Asker, answers: Answers, current: SectionAnswers, index: number, path: (string | number)[], progress: InterviewOptions['progress']) {
  for (const question of section.questions) {
    const context: Context = { answers, current, index };
    if (!holds(question.when, context) || nothingToChoose(question, context)) {
      delete current[question.id];
      continue;
    }
    let value: unknown;
    if (Object.hasOwn(current, question.id)) {
      value = question.item && Array.isArray(current[question.id]) ? withItemDefaults(question, current[question.id] as unknown[], context) : current[question.id];
    } else {
      value = await asker.ask(question, context, defaultFor(question, context));
    }
    const why = refusal(question.schema, value) ?? notAChoice(question, value, context) ?? question.refine?.(value, context);
    if (why) throw new AnswerError([...path, question.id], why);
    if (value === undefined) delete current[question.id];
    else current[question.id] = value;
    await progress?.(answers);
  }
}

/**
 * Run the questionnaire: each section in turn, repeated sections as often as the person wants
 * within their limits, each answer checked by the schema the strategy uses. Pure apart from the
 * asker: the same asker script gives the same answers.
 */
export async function interview(sections: readonly Section[], asker: Asker, options: InterviewOptions = {}): Promise<Answers> {
  const answers: Answers = structuredClone(options.initial ?? {});
  for (const section of sections) {
    if (section.each) {
      const { names, entries } = entriesFor(section, answers, [section.id]);
      for (const [i, current] of entries.entries()) {
        await asker.section(section, i + 1, names[i]);
        await fill(section, asker, answers, current, i + 1, [section.id, i], options.progress);
      }
      continue;
    }
    if (!section.repeat) {
      const current = (answers[section.id] ??= {}) as SectionAnswers;
      await asker.section(section, 1);
      await fill(section, asker, answers, current, 1, [section.id], options.progress);
      continue;
    }
    const entries = (answers[section.id] ??= []) as SectionAnswers[];
    const given = entries.length;
    for (let i = 0; i < section.repeat.max; i++) {
      if (i >= given && i >= section.repeat.min && !(await asker.another(section, i))) break;
      const current = (entries[i] ??= {});
      await asker.section(section, i + 1);
      await fill(section, asker, answers, current, i + 1, [section.id, i], options.progress);
    }
  }
  return answers;
}
