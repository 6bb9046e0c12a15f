import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { visible } from '../text/visible.js';
import { defaultFor, refusal } from './interview.js';
import { holds } from './when.js';
import { readNumber } from './numbers.js';
import type { Asker, Choice, Context, Question, Section } from './types.js';

/**
 * The one module that talks to @inquirer/prompts. Every answer is checked as it is typed by the
 * same zod pieces the strategy schema uses, so the file written is one `check` accepts.
 */

export interface PromptIo {
  output: NodeJS.WritableStream;
  /** Colour the help lines. */
  colour: boolean;
}

/** The choices, named as visible() shows them: `add initiative` names them from the strategy file's own text. */
function choicesFor(question: Question, context: Context): readonly Choice[] {
  const choices = typeof question.choices === 'function' ? question.choices(context) : (question.choices ?? []);
  return choices.map((c) => ({ ...c, name: visible(c.name), ...(c.description ? { description: visible(c.description) } : {}) }));
}

function blankToUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function promptAsker(io: PromptIo): Asker {
  const dim = (s: string) => (io.colour ? `\x1b[2m${s}\x1b[22m` : s);
  const bold = (s: string) => (io.colour ? `\x1b[1m${s}\x1b[22m` : s);
  const context = { output: io.output };
  return {
    section(section: Section, index: number, label?: string) {
      const heading = label !== undefined ? `${section.title}: ${visible(label)}` : section.repeat ? `${section.title}: ${index}` : section.title;
      io.output.write(`\n${bold(heading)}\n${index === 1 ? `${dim(section.intro)}\n` : ''}`);
    },
    async another(section: Section) {
      return confirm({ message: section.repeat!.another, default: false }, context);
    },
    async ask(question: Question, ctx: Context, fallback: unknown): Promise<unknown> {
      const more = (question.moreHelp ?? []).filter((m) => holds(m.when, ctx)).map((m) => ` ${m.text}`);
      io.output.write(`${dim(`  ${question.help}${more.join('')}`)}\n`);
      const check = (value: unknown) => refusal(question.schema, value) ?? question.refine?.(value, ctx) ?? true;
      // A blank answer skips inquirer's validate, so a question the schema needs answered says so itself.
      const required = !question.schema.safeParse(undefined).success;
      switch (question.kind) {
        case 'input': {
          const raw = await input(
            {
              message: question.message,
              ...(typeof fallback === 'string' ? { default: fallback } : {}),
              validate: (value: string) => check(blankToUndefined(value)),
            },
            context,
          );
          return blankToUndefined(raw);
        }
        case 'number': {
          // Typed as text, so that 40,000 or 40 000 is read as forty thousand rather than refused.
          const read = (value: string) => (value.trim() === '' ? undefined : readNumber(value));
          const raw = await input(
            {
              message: question.message,
              required,
              ...(typeof fallback === 'number' ? { default: String(fallback) } : {}),
              validate: (value: string) =>
                value.trim() !== '' && read(value) === undefined ? 'Type a number, such as 40000, 40,000 or 1,234.56.' : check(read(value)),
            },
            context,
          );
          return read(raw);
        }
        case 'list': {
          // Each item answers the item's questions in turn; the defaults suggest the items a first draft would hold.
          const suggested = Array.isArray(fallback) ? (fallback as Record<string, unknown>[]) : [];
          const items: Record<string, unknown>[] = [];
          const { questions, another, max } = question.item!;
          do {
            const item: Record<string, unknown> = {};
            const at = suggested[items.length];
            for (const q of questions) {
              const itemContext = { ...ctx, current: item };
              const answer = await this.ask(q, itemContext, at && Object.hasOwn(at, q.id) ? at[q.id] : defaultFor(q, itemContext));
              if (answer !== undefined) item[q.id] = answer;
            }
            items.push(item);
          } while (items.length < max && (await confirm({ message: another, default: items.length < suggested.length }, context)));
          return items;
        }
        case 'confirm':
          return confirm({ message: question.message, default: fallback === true }, context);
        case 'select':
          return select(
            {
              message: question.message,
              choices: choicesFor(question, ctx).map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
              ...(typeof fallback === 'string' ? { default: fallback } : {}),
            },
            context,
          );
        case 'checkbox': {
          const chosen = Array.isArray(fallback) ? (fallback as unknown[]) : [];
          return checkbox(
            {
              message: question.message,
              choices: choicesFor(question, ctx).map((c) => ({ value: c.value, name: c.name, checked: chosen.includes(c.value) })),
              validate: (items: readonly { value: string }[]) => check(items.map((i) => i.value)),
            },
            context,
          );
        }
      }
    },
  };
}

/** A yes/no question outside the interview itself (resume a draft?). */
export function askYesNo(message: string, fallback: boolean, io: PromptIo): Promise<boolean> {
  return confirm({ message, default: fallback }, { output: io.output });
}
