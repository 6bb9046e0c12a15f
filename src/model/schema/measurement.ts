import * as z from 'zod';
import { entity, Id, IsoDate, KpiValue, Money, Percent, Recurrence, Text } from './common.js';

export const Cadence = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']);

export const QuantitativeKpi = entity({
  id: Id.describe('A short id, unique within the initiative.'),
  kind: z.literal('quantitative').describe('quantitative: a number with a baseline and a target.'),
  metric: Text.describe('What is measured, in words.'),
  category: z
    .enum(['usage', 'outcome', 'risk'])
    .optional()
    .describe('usage (activity), outcome (business result) or risk; usage alone is a distraction risk.'),
  baseline: KpiValue.optional().describe('The value before the initiative (within ±1e15).'),
  target: KpiValue.optional().describe('The value the initiative commits to (within ±1e15).'),
  unit: Text.optional().describe('hours, percent, count, USD...'),
  cadence: Cadence.optional().describe('How often it is measured.'),
  source: Text.optional().describe('Where the figure comes from.'),
  targetDate: IsoDate.optional().describe('When the target should be reached.'),
});

export const QualitativeKpi = entity({
  id: Id.describe('A short id, unique within the initiative.'),
  kind: z.literal('qualitative').describe('qualitative: a judgement gathered by a stated method.'),
  method: Text.describe('How it is judged: a pulse survey, a story log, a maturity assessment.'),
  cadence: Cadence.optional().describe('How often it is gathered.'),
});

export const Kpi = z
  .discriminatedUnion('kind', [QuantitativeKpi, QualitativeKpi])
  .describe('A key performance indicator: quantitative (a number against a baseline) or qualitative.');

export const CashFlow = entity({
  item: Text.describe('What the money is for.'),
  amount: Money.describe('The amount per occurrence, in the strategy currency, to the cent: from 0 to 1e13.'),
  recurrence: Recurrence.describe('once, monthly, quarterly or yearly.'),
  startMonth: z.number().int().min(0).max(600).optional().describe('The month a one-off item falls on, or the first recurring period begins (0 = the start; at most 600, fifty years).'),
  endMonth: z.number().int().min(0).max(600).optional().describe('The month the last recurring period begins at the latest (default the last month of the horizon).'),
  timing: z
    .enum(['advance', 'arrears'])
    .optional()
    .describe('When a recurring item falls in its period: advance (at its start, the default for costs) or arrears (at its end, the default for benefits).'),
  basis: Text.optional().describe('How the figure was worked out, so a sceptic can check it.'),
});

/** Settings of the strategy's ROI as a whole. */
export const RoiSettings = entity({
  valuationDate: IsoDate.optional().describe('The date the strategy total is valued at (YYYY-MM-DD); default the earliest initiative start.'),
});

export const Roi = entity({
  horizonMonths: z.number().int().min(1).max(600).describe('How many months the model covers (at most 600, fifty years).'),
  discountRatePct: Percent.optional().describe('Yearly discount rate for present values, in percent (0 to 100).'),
  riskAdjustmentPct: Percent.optional().describe('Share of benefits discounted for risk, in percent (0 to 100).'),
  costs: z.array(CashFlow).optional().describe('One-off and recurring costs.'),
  benefits: z.array(CashFlow).optional().describe('One-off and recurring benefits.'),
});

export const Experiment = entity({
  id: Id.describe('A short id, unique within the initiative.'),
  hypothesis: Text.optional().describe('What the experiment expects to learn.'),
  metric: Id.optional().describe('The id of the KPI that decides it.'),
  successCriteria: Text.optional().describe('The result that counts as success.'),
  starts: IsoDate.optional().describe('When it starts.'),
  ends: IsoDate.optional().describe('When it ends and is judged.'),
});
