import * as z from 'zod';
import { Text } from '../../model/schema/common.js';
import type { Context, Section } from '../types.js';

function entries(context: Context, section: string): Record<string, unknown>[] {
  const value = context.answers[section];
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

export const goalIds = (context: Context) => entries(context, 'goals').map((_, i) => `BG${i + 1}`);
export const objectiveIds = (context: Context) => entries(context, 'objectives').map((o, i) => (o.id as string | undefined) ?? `IT${i + 1}`);

export const goals: Section = {
  id: 'goals',
  title: 'Business goals',
  intro: 'Social strategy is part of IT strategy, which is part of business strategy. Start with the business goals it serves.',
  repeat: { another: 'Add another business goal?', min: 1, max: 8 },
  questions: [
    {
      id: 'statement',
      kind: 'input',
      message: 'Business goal',
      help: 'In business language, measurable where possible ("Cut new-advisor time to first client from 9 to 6 months"). Every initiative will trace to one.',
      default: ({ index }) => (index === 1 ? 'Serve customers faster and keep more of them' : undefined),
      schema: Text,
    },
  ],
};

export const objectives: Section = {
  id: 'objectives',
  title: 'IT objectives',
  intro: 'Now what IT will deliver for those goals.',
  repeat: { another: 'Add another IT objective?', min: 1, max: 8 },
  questions: [
    {
      id: 'statement',
      kind: 'input',
      message: 'IT objective',
      help: 'What IT builds or runs ("One secure place where advisors find expertise"). Initiatives name the objectives they serve.',
      default: ({ index }) => (index === 1 ? 'Meet customers and employees on the channels they already use, securely' : undefined),
      schema: Text,
    },
    {
      id: 'supports',
      kind: 'checkbox',
      message: 'Which business goals does it serve?',
      help: 'An objective that serves no goal is an orphan, and the strategy checks say so.',
      choices: (context) =>
        entries(context, 'goals').map((g, i) => ({ value: `BG${i + 1}`, name: `BG${i + 1}: ${g.statement as string}` })),
      default: goalIds,
      schema: z.array(z.string()).min(1, 'choose at least one goal'),
    },
  ],
};
