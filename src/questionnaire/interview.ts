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

export function defaultFor(question: Question, context: Context): unknown {
  return typeof question.default === 'function' ? question.default(context) : question.default;
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
    if (!holds(question.when, context)) {
      delete current[question.id];
      continue;
    }
    let value: unknown;
    if (Object.hasOwn(current, question.id)) {
      value = current[question.id];
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
