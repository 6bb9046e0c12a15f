import { money, month, percent } from '../../measure/money.js';
import type { BriefingInputs } from '../inputs.js';
import { plural, span, stageWord } from '../values.js';
import { approvalOf, header, live, readiness, type HeaderView } from './common.js';
import { decisions, roiHeadline, type DecisionView } from './board.js';

export interface ExecutiveInitiative {
  name: string;
  stage: string;
  span: string;
  npv: string;
  roi: string;
  payback: string;
}

export interface ExecutiveView {
  header: HeaderView;
  problem: string | null;
  success: string | null;
  headline: string | null;
  initiatives: ExecutiveInitiative[];
  /** One sentence on where the stakeholders stand. */
  readiness: string;
  blocking: { label: string; errors: number; brief: string }[];
  decisions: DecisionView[];
  reviewBy: string | null;
}

/** One page: why, what, what it returns, who still has to agree, what is asked. */
export function executiveView(inputs: BriefingInputs): ExecutiveView {
  const { strategy, roi } = inputs;
  const figures = new Map(roi.initiatives.map((i) => [i.initiative, i] as const));
  const stakeholders = readiness(inputs);
  const blocking = stakeholders.filter((s) => s.errors > 0);
  const clear = stakeholders.length - blocking.length;
  return {
    header: header(inputs, 'Executive summary'),
    problem: strategy.alignment.businessProblem ?? null,
    success: strategy.alignment.successAt12Months ?? null,
    headline: roiHeadline(roi),
    initiatives: live(strategy).map((i) => {
      const f = figures.get(i.id);
      return {
        name: i.name,
        stage: stageWord(i.stage),
        span: span(i.starts, i.ends),
        npv: f ? money(f.npv, roi.currency) : 'no ROI model',
        // No cell is left blank for the board: without a model there is no ROI or payback to show.
        roi: f ? percent(f.roiPct) : 'n/a',
        payback: f ? month(f.paybackMonth, f.horizonMonths, f.hasCosts) : 'n/a',
      };
    }),
    readiness: `${clear} of ${plural(stakeholders.length, 'stakeholder')} have no open errors in their checklist${blocking.length ? `; ${blocking.map((s) => `${s.label} has ${plural(s.errors, 'error')}`).join(', ')}` : ''}.`,
    blocking: blocking.map((s) => ({ label: s.label, errors: s.errors, brief: s.brief })),
    decisions: decisions(strategy, approvalOf(inputs)).list,
    reviewBy: strategy.metadata.reviewBy ?? null,
  };
}
