import type { BriefingInputs } from '../inputs.js';
import { header, type HeaderView } from './common.js';

export interface IndexView {
  header: HeaderView;
  briefings: { title: string; file: string; reader: string }[];
  summary: { initiatives: number; errors: number; warnings: number; waived: number };
}

/** The contents page: every briefing written in this run, with who it is for. */
export function indexView(inputs: BriefingInputs, briefings: readonly { title: string; file: string; reader: string }[]): IndexView {
  const open = inputs.diagnostics.filter((d) => !d.waived);
  return {
    header: header(inputs, 'Briefings'),
    briefings: [...briefings],
    summary: {
      initiatives: inputs.strategy.initiatives.filter((i) => i.stage !== 'retired').length,
      errors: open.filter((d) => d.severity === 'error').length,
      warnings: open.filter((d) => d.severity === 'warning').length,
      waived: inputs.diagnostics.filter((d) => d.waived).length,
    },
  };
}
