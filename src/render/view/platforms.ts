import { roundTo } from '../../measure/money.js';
import type { BriefingInputs } from '../inputs.js';
import { shown } from '../values.js';
import { header, live, type HeaderView } from './common.js';

export interface PlatformsView {
  header: HeaderView;
  evaluation: {
    criteria: { id: string; weight: string; share: string; description: string }[];
    columns: string[];
    candidates: { platform: string; scores: string[]; total: string; decision: string; reason: string }[];
    unscored: boolean;
  } | null;
  needs: { platform: string; usedBy: string; cells: string[] }[];
  needColumns: string[];
}

/** What each stakeholder needs from a platform, one column each, in the words of the strategy's fields. */
const NEEDS: readonly { column: string; field: string }[] = [
  { column: 'Data residency', field: 'dataResidency' },
  { column: 'Transfer mechanism', field: 'transferMechanism' },
  { column: 'SSO', field: 'sso' },
  { column: 'MFA', field: 'mfa' },
  { column: 'Retention', field: 'retention' },
  { column: 'eDiscovery', field: 'eDiscovery' },
  { column: 'Legal hold', field: 'legalHold' },
  { column: 'Archiver connector', field: 'archiverConnector' },
];

/** The platform evaluation (weighted scores, each candidate's total out of 5) and what the stakeholders need from each platform. */
export function platformsView(inputs: BriefingInputs): PlatformsView {
  const { strategy } = inputs;
  const platforms = strategy.platforms ?? [];
  // By id, made once: a platform list and a candidate list of 50,000 each must not be searched one for the other.
  const names = new Map<string, string>();
  for (const p of platforms) if (!names.has(p.id)) names.set(p.id, p.name);
  const nameOf = (id: string) => names.get(id) ?? id;
  const evaluation = strategy.platformEvaluation;
  let view: PlatformsView['evaluation'] = null;
  if (evaluation) {
    const totalWeight = evaluation.criteria.reduce((s, c) => s + c.weight, 0);
    let unscored = false;
    const candidates = evaluation.candidates.map((c, order) => {
      const weighted = evaluation.criteria.reduce((s, k) => s + (c.scores[k.id] ?? 0) * k.weight, 0) / totalWeight;
      const scores = evaluation.criteria.map((k) => {
        const score = c.scores[k.id];
        if (score === undefined) unscored = true;
        return score === undefined ? 'not scored' : shown(score);
      });
      return { order, weighted, platform: nameOf(c.platform), scores, decision: c.decision ?? 'not decided', reason: c.reason ?? '' };
    });
    view = {
      criteria: evaluation.criteria.map((k) => ({
        id: k.id,
        weight: shown(k.weight),
        share: `${roundTo((k.weight / totalWeight) * 100, 1).toFixed(1)}%`,
        description: k.description ?? '',
      })),
      columns: evaluation.criteria.map((k) => k.id),
      candidates: candidates
        .sort((a, b) => b.weighted - a.weighted || a.order - b.order)
        .map((c) => ({ platform: c.platform, scores: c.scores, total: roundTo(c.weighted, 2).toFixed(2), decision: c.decision, reason: c.reason })),
      unscored,
    };
  }
  const usersOf = new Map<string, string[]>();
  for (const i of live(strategy)) {
    for (const id of new Set(i.platforms ?? [])) {
      const list = usersOf.get(id);
      if (list) list.push(i.name);
      else usersOf.set(id, [i.name]);
    }
  }
  const users = (id: string) => usersOf.get(id) ?? [];
  return {
    header: header(inputs, 'Platforms'),
    evaluation: view,
    needColumns: NEEDS.map((n) => n.column),
    needs: platforms.map((p) => ({
      platform: p.name,
      usedBy: users(p.id).join(', ') || 'no live initiative (candidate)',
      cells: NEEDS.map((n) => shown((p as Record<string, unknown>)[n.field]) || 'not set'),
    })),
  };
}
