import { BUILT_IN_BRIEFINGS, stakeholderLabel } from '../checks/engine/stakeholders.js';
import { UsageError } from '../errors.js';
import { closest } from '../model/suggest.js';
import type { BriefingInputs } from './inputs.js';
import { boardView } from './view/board.js';
import { executiveView } from './view/executive.js';
import { platformsView } from './view/platforms.js';
import { roadmapView } from './view/roadmap.js';
import { stakeholderView } from './view/stakeholder.js';
import { visible } from '../text/visible.js';

/** One briefing: what `--only` calls it, the file it becomes, its template and who reads it. */
export interface Briefing {
  name: string;
  file: string;
  template: string;
  title: string;
  reader: string;
  view: (inputs: BriefingInputs) => unknown;
}

/** Every briefing this strategy gets, in the order the index lists them; the index itself comes last. */
export function briefingsFor(inputs: BriefingInputs): Briefing[] {
  return [
    { name: 'board', file: `${BUILT_IN_BRIEFINGS.board}.md`, template: 'board-briefing', title: 'Board briefing', reader: 'The board: the business case, the return, the risks and the decisions asked of it.', view: boardView },
    { name: 'executive', file: `${BUILT_IN_BRIEFINGS.executive}.md`, template: 'executive-summary', title: 'Executive summary', reader: 'The executive team: the strategy on one page.', view: executiveView },
    ...inputs.stakeholders.map((s) => ({
      name: s,
      file: `${s}.md`,
      template: 'stakeholder-brief',
      title: `${stakeholderLabel(s)} brief`,
      reader: `${stakeholderLabel(s)}: the checklist results, the facts it reads, and what it is asked to sign.`,
      view: (i: BriefingInputs) => stakeholderView(i, s),
    })),
    { name: 'roadmap', file: `${BUILT_IN_BRIEFINGS.roadmap}.md`, template: 'roadmap', title: 'Roadmap', reader: 'Everyone: initiatives by stage and date, experiments, and the dates to act by.', view: roadmapView },
    { name: 'platforms', file: `${BUILT_IN_BRIEFINGS.platforms}.md`, template: 'platforms', title: 'Platforms', reader: 'IT, Security, Legal and Records: the platform evaluation and what each platform must provide.', view: platformsView },
  ];
}

export const INDEX = { name: 'index', file: `${BUILT_IN_BRIEFINGS.index}.md`, template: 'index', title: 'Briefings' } as const;

/** The briefings `--only` asks for, checked against the ones this strategy has (typos get a suggestion). */
export function chosen(all: readonly Briefing[], only: readonly string[] | undefined): { briefings: Briefing[]; index: boolean } {
  if (!only) return { briefings: [...all], index: true };
  const names = [...all.map((b) => b.name), INDEX.name];
  if (only.length === 0) throw new UsageError(`--only needs at least one briefing name (briefings: ${names.join(', ')})`);
  for (const name of only) {
    if (!names.includes(name)) {
      const suggestion = closest(name, names);
      throw new UsageError(`--only: no briefing "${visible(name)}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (briefings: ${names.join(', ')})`);
    }
  }
  return { briefings: all.filter((b) => only.includes(b.name)), index: only.includes(INDEX.name) };
}
