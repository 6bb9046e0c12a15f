import type { Rule } from '../checks/engine/rule.js';
import { stakeholderLabel } from '../checks/engine/stakeholders.js';
import type { Strategy } from '../model/schema/strategy.js';
import { toNumber } from '../measure/exact.js';
import { strategyRoi } from '../measure/roi.js';
import { digest, rulesFor, signedPatterns } from '../governance/digest.js';
import { changes, overlaps, same, type Change } from '../governance/changes.js';

/**
 * The difference between two versions of a strategy in the user's words: initiatives added,
 * removed and changed field by field, KPI targets moved, ROI changed, and for every change the
 * stakeholders whose checklist reads it, so whose sign-off it touches.
 */

export interface InitiativeChange {
  id: string;
  name: string;
  changes: Change[];
}

export interface Figures {
  /** To the cent. */
  npv: number;
  roiPct: number | null;
  paybackMonth: number | null;
  horizonMonths: number;
  hasCosts: boolean;
}

export interface StrategyDiff {
  before: { version: string; status: string };
  after: { version: string; status: string };
  currency: string | undefined;
  initiatives: { added: { id: string; name: string }[]; removed: { id: string; name: string }[]; changed: InitiativeChange[] };
  kpiTargets: { initiative: string; kpi: string; metric: string; unit: string | undefined; before: number | undefined; after: number | undefined }[];
  roi: { initiative: string; name: string; before: Figures | null; after: Figures | null }[];
  /** Changes outside the initiatives: goals, platforms, governance... */
  elsewhere: Change[];
  stakeholders: {
    stakeholder: string;
    label: string;
    /** The changed fields this stakeholder's checklist reads. */
    fields: string[];
    /** What they would sign is different: a sign-off on the old version no longer holds. */
    signoffAffected: boolean;
    signedBy: string | null;
  }[];
}

function figures(strategy: Strategy): Map<string, { name: string; f: Figures }> {
  const roi = strategyRoi(strategy);
  return new Map(roi.initiatives.map((i) => [i.initiative, { name: i.name, f: { npv: toNumber(i.npv), roiPct: i.roiPct, paybackMonth: i.paybackMonth, horizonMonths: i.horizonMonths, hasCosts: i.hasCosts } }]));
}

export function diffStrategies(before: Strategy, after: Strategy, rules: readonly Rule[], stakeholders: readonly string[]): StrategyDiff {
  const all = changes(before, after);
  const inInitiative = /^initiatives\[([^\]]+)\]/;
  const beforeIds = new Map(before.initiatives.map((i) => [i.id, i.name]));
  const afterIds = new Map(after.initiatives.map((i) => [i.id, i.name]));
  const changed = new Map<string, Change[]>();
  for (const c of all) {
    const id = inInitiative.exec(c.path)?.[1];
    if (!id || !beforeIds.has(id) || !afterIds.has(id)) continue;
    const list = changed.get(id);
    if (list) list.push(c);
    else changed.set(id, [c]);
  }
  // Looked up by id, not searched for: two versions of 50,000 initiatives are compared in linear time.
  const oldInitiatives = new Map(before.initiatives.map((i) => [i.id, i]));
  const kpiTargets: StrategyDiff['kpiTargets'] = [];
  for (const initiative of after.initiatives) {
    const old = oldInitiatives.get(initiative.id);
    const oldKpis = new Map((old?.kpis ?? []).map((k) => [k.id, k]));
    for (const k of initiative.kpis ?? []) {
      if (k.kind !== 'quantitative') continue;
      const was = oldKpis.get(k.id);
      if (was?.kind === 'quantitative' && was.target !== k.target) {
        kpiTargets.push({ initiative: initiative.id, kpi: k.id, metric: k.metric, unit: k.unit, before: was.target, after: k.target });
      }
    }
  }
  const [fb, fa] = [figures(before), figures(after)];
  const roi: StrategyDiff['roi'] = [];
  for (const id of new Set([...fb.keys(), ...fa.keys()])) {
    const [b, a] = [fb.get(id), fa.get(id)];
    if (b && a && same(b.f, a.f)) continue;
    roi.push({ initiative: id, name: (a ?? b)!.name, before: b?.f ?? null, after: a?.f ?? null });
  }
  return {
    before: { version: before.metadata.version, status: before.metadata.status },
    after: { version: after.metadata.version, status: after.metadata.status },
    currency: after.metadata.currency ?? before.metadata.currency,
    initiatives: {
      added: after.initiatives.filter((i) => !beforeIds.has(i.id)).map((i) => ({ id: i.id, name: i.name })),
      removed: before.initiatives.filter((i) => !afterIds.has(i.id)).map((i) => ({ id: i.id, name: i.name })),
      changed: [...changed.entries()].map(([id, list]) => ({ id, name: afterIds.get(id)!, changes: list })),
    },
    kpiTargets,
    roi,
    elsewhere: all.filter((c) => !inInitiative.test(c.path)),
    stakeholders: stakeholders.map((s) => {
      const mine = rulesFor(rules, s);
      const reads = signedPatterns(mine);
      // Whether the checklist reads a change depends on its pattern alone, and 150,000 changes share a few.
      const readsPattern = new Map<string, boolean>();
      const read = (c: Change): boolean => {
        let hit = readsPattern.get(c.pattern);
        if (hit === undefined) readsPattern.set(c.pattern, (hit = reads.some((r) => overlaps(r, c.pattern))));
        return hit;
      };
      // The latest sign-off, as check judges it: the new version's, else the old one's.
      const latest = (list: Strategy['signoffs']) => (list ?? []).filter((x) => x.stakeholder === s).reduce<NonNullable<Strategy['signoffs']>[number] | undefined>((a, b) => (!a || a.date <= b.date ? b : a), undefined);
      const signed = latest(after.signoffs) ?? latest(before.signoffs);
      return {
        stakeholder: s,
        label: stakeholderLabel(s),
        fields: all.filter(read).map((c) => c.path),
        signoffAffected: digest(before, mine) !== digest(after, mine),
        signedBy: signed ? `${signed.by} (${signed.decision}, ${signed.date})` : null,
      };
    }),
  };
}
