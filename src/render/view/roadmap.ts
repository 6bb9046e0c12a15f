import { compareDates } from '../../model/dates.js';
import type { Strategy } from '../../model/schema/strategy.js';
import { STAGES } from '../../model/vocabulary.js';
import type { BriefingInputs } from '../inputs.js';
import { person, span, stageWord } from '../values.js';
import type { MarkdownBlock } from '../block.js';
import { header, initiativeName, type HeaderView } from './common.js';
import { roadmapChart, shortLabel } from './diagrams.js';

export interface RoadmapView {
  header: HeaderView;
  chart: MarkdownBlock | null;
  stages: { stage: string; initiatives: { name: string; span: string; sponsor: string }[] }[];
  experiments: { initiative: string; id: string; span: string; metric: string; hypothesis: string; success: string }[];
  dates: { date: string; what: string; when: string }[];
}

/** The KPI an experiment is decided by, in words: its metric, not its id ("Median first response", not "first-response"). */
function metricName(initiative: Strategy['initiatives'][number], id: string | undefined): string {
  if (!id) return 'not set';
  const kpi = initiative.kpis?.find((k) => k.id === id);
  return kpi?.kind === 'quantitative' ? kpi.metric : kpi ? kpi.method : id;
}

/** Initiatives by stage and date, the experiments, and every date someone must act by. */
export function roadmapView(inputs: BriefingInputs): RoadmapView {
  const { strategy, asOf } = inputs;
  const byStart = (a: { starts?: string | undefined }, b: { starts?: string | undefined }) => compareDates(a.starts ?? '9999', b.starts ?? '9999');
  const dates: { date: string; what: string }[] = [];
  if (strategy.metadata.reviewBy) dates.push({ date: strategy.metadata.reviewBy, what: 'The strategy is reviewed again' });
  for (const i of strategy.initiatives.filter((x) => x.stage !== 'retired')) {
    if (i.starts) dates.push({ date: i.starts, what: `${i.name} starts (${stageWord(i.stage).toLowerCase()})` });
    if (i.ends) dates.push({ date: i.ends, what: `${i.name} ends${i.stage === 'pilot' ? ': decide whether it scales' : ''}` });
    for (const e of i.experiments ?? []) if (e.ends) dates.push({ date: e.ends, what: `The experiment ${e.hypothesis ? `"${shortLabel(e.hypothesis, 60)}"` : e.id} (${i.name}) ends: write up the result` });
    for (const k of i.kpis ?? []) if (k.kind === 'quantitative' && k.targetDate) dates.push({ date: k.targetDate, what: `${i.name}: ${k.metric} should reach its target` });
  }
  for (const w of strategy.waivers ?? []) {
    dates.push({ date: w.expires, what: `Waiver of ${w.rule}${w.initiative ? ` for ${initiativeName(strategy, w.initiative)}` : ''} expires` });
  }
  return {
    header: header(inputs, 'Roadmap'),
    chart: roadmapChart(strategy, asOf),
    stages: STAGES.map((stage) => ({
      stage: stageWord(stage),
      initiatives: strategy.initiatives
        .filter((i) => i.stage === stage)
        .sort(byStart)
        .map((i) => ({ name: i.name, span: span(i.starts, i.ends), sponsor: person(i.sponsor) })),
    })).filter((s) => s.initiatives.length > 0),
    experiments: strategy.initiatives
      .filter((i) => i.stage !== 'retired')
      .flatMap((i) => (i.experiments ?? []).map((e) => ({ i, e })))
      .sort((a, b) => byStart(a.e, b.e))
      .map(({ i, e }) => ({ initiative: i.name, id: e.id, span: span(e.starts, e.ends), metric: metricName(i, e.metric), hypothesis: e.hypothesis ?? '', success: e.successCriteria ?? '' })),
    dates: dates
      .map((d, order) => ({ ...d, order }))
      .sort((a, b) => compareDates(a.date, b.date) || a.order - b.order)
      .map(({ date, what }) => ({ date, what, when: date < asOf ? 'past' : 'upcoming' })),
  };
}
