import * as z from 'zod';
import { entity, Id, Person, Text } from './common.js';

export const BusinessGoal = entity({
  id: Id.describe('A short id that IT objectives refer to, such as BG1.'),
  statement: Text.describe('The goal in business language, measurable where possible.'),
  owner: Text.optional().describe('The executive accountable for the goal.'),
});

export const ItObjective = entity({
  id: Id.describe('A short id that initiatives refer to, such as IT1.'),
  statement: Text.describe('What IT will deliver.'),
  supports: z.array(Id).min(1).describe('Ids of the business goals this objective serves.'),
});

export const Alignment = entity({
  businessProblem: Text.optional().describe('The business problem the social strategy answers.'),
  sponsor: Person.optional().describe('The executive sponsor of the whole strategy.'),
  successAt12Months: Text.optional().describe('What success looks like in twelve months, in a sentence.'),
  businessGoals: z.array(BusinessGoal).min(1).describe('The business strategy this serves.'),
  itObjectives: z.array(ItObjective).min(1).describe('The IT strategy this is part of.'),
});
