import type * as z from 'zod';

/** What has been answered so far: one record per section, a list of records for repeated sections. */
export type Answers = Record<string, unknown>;
export type SectionAnswers = Record<string, unknown>;

/** What a question can see: the whole interview so far and, inside a repeated section, its own entry. */
export interface Context {
  answers: Answers;
  current: SectionAnswers;
  /** 1-based number of the entry in a repeated section (the second initiative: 2). */
  index: number;
}

/** When a question is asked: declarative, so the branches read as data and can be listed in the docs. */
export type When =
  | { answer: string; equals: unknown }
  | { answer: string; notEquals: unknown }
  | { answer: string; includesAny: readonly unknown[] }
  | { tag: readonly string[] }
  | { jurisdiction: readonly string[] }
  /** Some initiative answered so far has this scope. */
  | { initiativeScope: 'internal' | 'external' }
  /** In the platforms section: the platform is used by an initiative of this scope. */
  | { usedBy: 'internal' | 'external' }
  /** In the platforms section: every initiative using the platform names an archiver that captures it by connector (not screenshots). */
  | { archived: boolean }
  | { all: readonly When[] }
  | { any: readonly When[] };

export interface Choice {
  value: string;
  name: string;
  description?: string;
}

export interface Question {
  id: string;
  /** `list`: one or more items, each answered by the questions in `item` (the costs of an initiative). */
  kind: 'input' | 'number' | 'confirm' | 'select' | 'checkbox' | 'list';
  message: string;
  /** Why it matters and which stakeholder reads the answer: shown under the question. */
  help: string;
  /** Help that fits only some answers (the arithmetic of an internal initiative's benefit): shown when its condition holds. */
  moreHelp?: readonly { when: When; text: string }[];
  /** For a list: the questions each item answers, the question that offers another item, and the most items. */
  item?: { questions: readonly Question[]; another: string; max: number };
  when?: When;
  choices?: readonly Choice[] | ((context: Context) => readonly Choice[]);
  /** The choices are suggestions: an answers file may give another value the schema accepts (a jurisdiction such as DE). */
  openChoices?: boolean;
  /** A default that fits the answers so far. */
  default?: string | number | boolean | readonly string[] | readonly Record<string, unknown>[] | ((context: Context) => unknown);
  /** The same zod pieces the strategy schema uses, so an answer `check` would reject is refused as it is typed. */
  schema: z.ZodType;
  /** Further checks that need the answers so far (an id that must be unique). */
  refine?: (value: unknown, context: Context) => string | undefined;
}

export interface Section {
  id: string;
  title: string;
  /** Said once when the section starts. */
  intro: string;
  /** For repeated sections: the question that offers another entry, and the limits. */
  repeat?: { another: string; min: number; max: number };
  /** For sections asked once per thing named earlier (each platform): the names, in order, and the key each entry keeps its name under. */
  each?: { key: string; names: (answers: Answers) => string[] };
  questions: readonly Question[];
}

/** The one place the questionnaire meets a person (or a script standing in for one). */
export interface Asker {
  /** A section starts; `label` names the entry of an `each` section (the platform). */
  section(section: Section, index: number, label?: string): void | Promise<void>;
  ask(question: Question, context: Context, fallback: unknown): Promise<unknown>;
  another(section: Section, count: number): Promise<boolean>;
}
