import type { Finding, PathSegment } from './diagnostic.js';
import { formatPath } from './diagnostic.js';
import type { Strategy } from './schema/strategy.js';
import { closest } from './suggest.js';

/**
 * Ids must be unique within their list, and every reference must name something that exists.
 * Runs on a strategy that already passed the schema. Each list is indexed once (a Map), so the
 * cost stays linear however many initiatives a portfolio has.
 */

interface Entry {
  id: string;
  path: PathSegment[];
}

function entries<T>(items: readonly T[] | undefined, base: PathSegment[], id: (item: T) => string): Entry[] {
  return (items ?? []).map((item, index) => ({ id: id(item), path: [...base, index] }));
}

function index(list: Entry[], what: string, findings: Finding[]): Map<string, Entry> {
  const seen = new Map<string, Entry>();
  for (const entry of list) {
    const first = seen.get(entry.id);
    if (first) {
      findings.push({
        ruleId: 'reference/duplicate-id',
        severity: 'error',
        path: entry.path,
        message: `${what} "${entry.id}" is declared twice; the first is ${formatPath(first.path)}`,
        fix: `Give each ${what} its own id.`,
      });
    } else {
      seen.set(entry.id, entry);
    }
  }
  return seen;
}

function resolve(
  refs: Iterable<Entry & { at?: 'key' }>,
  targets: Map<string, Entry>,
  what: string,
  where: string,
  findings: Finding[],
): void {
  for (const ref of refs) {
    if (targets.has(ref.id)) continue;
    const known = [...targets.keys()];
    const suggestion = closest(ref.id, known);
    findings.push({
      ruleId: 'reference/unknown-id',
      severity: 'error',
      path: ref.path,
      ...(ref.at ? { at: ref.at } : {}),
      message:
        `"${ref.id}" is not ${what} in ${where}` +
        (suggestion ? `; did you mean "${suggestion}"?` : known.length ? ` (known: ${known.slice(0, 8).join(', ')})` : ' (none declared)'),
      fix: `Name one of the ids in ${where}, or add "${ref.id}" there.`,
    });
  }
}

function* refsIn(list: readonly string[] | undefined, base: PathSegment[]): Generator<Entry> {
  for (const [i, id] of (list ?? []).entries()) yield { id, path: [...base, i] };
}

export function checkReferences(strategy: Strategy): Finding[] {
  const findings: Finding[] = [];
  const { alignment, initiatives, platformEvaluation } = strategy;

  const goals = index(entries(alignment.businessGoals, ['alignment', 'businessGoals'], (g) => g.id), 'business goal', findings);
  const objectives = index(entries(alignment.itObjectives, ['alignment', 'itObjectives'], (o) => o.id), 'IT objective', findings);
  index(entries(initiatives, ['initiatives'], (i) => i.id), 'initiative', findings);
  const initiativeIds = new Map(initiatives.map((i, n) => [i.id, { id: i.id, path: ['initiatives', n] as PathSegment[] }]));
  const platforms = index(entries(strategy.platforms, ['platforms'], (p) => p.id), 'platform', findings);
  index(entries(strategy.governance?.policies, ['governance', 'policies'], (p) => p.id), 'policy', findings);
  index(entries(strategy.metadata.history, ['metadata', 'history'], (h) => h.version), 'history version', findings);

  for (const [i, objective] of alignment.itObjectives.entries()) {
    resolve(refsIn(objective.supports, ['alignment', 'itObjectives', i, 'supports']), goals, 'a business goal', 'alignment.businessGoals', findings);
  }

  for (const [i, initiative] of initiatives.entries()) {
    const at: PathSegment[] = ['initiatives', i];
    resolve(refsIn(initiative.supports, [...at, 'supports']), objectives, 'an IT objective', 'alignment.itObjectives', findings);
    resolve(refsIn(initiative.platforms, [...at, 'platforms']), platforms, 'a platform', 'platforms', findings);
    const kpis = index(entries(initiative.kpis, [...at, 'kpis'], (k) => k.id), 'KPI', findings);
    index(entries(initiative.experiments, [...at, 'experiments'], (e) => e.id), 'experiment', findings);
    for (const [e, experiment] of (initiative.experiments ?? []).entries()) {
      if (experiment.metric === undefined) continue;
      resolve(
        [{ id: experiment.metric, path: [...at, 'experiments', e, 'metric'] }],
        kpis,
        'a KPI',
        `initiatives[${i}].kpis`,
        findings,
      );
    }
  }

  if (platformEvaluation) {
    const base: PathSegment[] = ['platformEvaluation'];
    const criteria = index(entries(platformEvaluation.criteria, [...base, 'criteria'], (c) => c.id), 'criterion', findings);
    index(entries(platformEvaluation.candidates, [...base, 'candidates'], (c) => c.platform), 'candidate platform', findings);
    for (const [c, candidate] of platformEvaluation.candidates.entries()) {
      const at: PathSegment[] = [...base, 'candidates', c];
      resolve([{ id: candidate.platform, path: [...at, 'platform'] }], platforms, 'a platform', 'platforms', findings);
      const scored = Object.keys(candidate.scores).map((id) => ({ id, path: [...at, 'scores', id], at: 'key' as const }));
      resolve(scored, criteria, 'a criterion', 'platformEvaluation.criteria', findings);
    }
  }

  resolve(refsIn(strategy.governance?.approvedChannels, ['governance', 'approvedChannels']), platforms, 'a platform', 'platforms', findings);
  resolve(
    refsIn(strategy.leadership?.executiveVoice?.channels, ['leadership', 'executiveVoice', 'channels']),
    platforms,
    'a platform',
    'platforms',
    findings,
  );
  for (const [t, tool] of (strategy.tools ?? []).entries()) {
    resolve(refsIn(tool.platforms, ['tools', t, 'platforms']), platforms, 'a platform', 'platforms', findings);
  }
  for (const [w, waiver] of (strategy.waivers ?? []).entries()) {
    if (waiver.initiative === undefined) continue;
    resolve([{ id: waiver.initiative, path: ['waivers', w, 'initiative'] }], initiativeIds, 'an initiative', 'initiatives', findings);
  }
  for (const [d, decision] of (strategy.boardDecisions ?? []).entries()) {
    if (decision.initiative === undefined) continue;
    resolve([{ id: decision.initiative, path: ['boardDecisions', d, 'initiative'] }], initiativeIds, 'an initiative', 'initiatives', findings);
  }
  return findings;
}
