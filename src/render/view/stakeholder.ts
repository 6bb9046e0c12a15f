import { evidencePattern, fieldsReadBy } from '../../checks/engine/reads.js';
import { parsePath, valueAt } from '../../checks/engine/path.js';
import { stakeholderLabel } from '../../checks/engine/stakeholders.js';
import { initiativesOf } from '../../checks/engine/applicability.js';
import type { Severity } from '../../model/diagnostic.js';
import { findingsOf, rulesOf, type BriefingInputs } from '../inputs.js';
import { person, plural, shown, stageWord } from '../values.js';
import { header, initiativeName, live, signoffsOf, where, type HeaderView, type SignoffView } from './common.js';

export interface FieldView {
  field: string;
  value: string;
  /** What backs the value, from `evidence.<field>` next to it: document, who keeps it, its date; '' when none. */
  evidence: string;
}

export interface StakeholderView {
  header: HeaderView;
  stakeholder: { id: string; label: string; owner: string | null };
  ask: string;
  signoffs: (SignoffView & { stateText: string })[];
  summary: string;
  findings: { severity: Severity; initiative: string; message: string; fix: string; rule: string; where: string }[];
  waived: { rule: string; initiative: string; message: string; reason: string; approvedBy: string; expires: string }[];
  rules: { id: string; title: string; result: string }[];
  initiatives: { name: string; id: string; scope: string; stage: string; fields: FieldView[]; hasEvidence: boolean }[];
  platforms: { columns: string[]; rows: { name: string; cells: string[] }[] } | null;
  strategyFields: FieldView[];
  strategyEvidence: boolean;
}

/** The evidence recorded for a field of an item, in words: `Hold procedure HP-3, kept by Records, 2026-05-01`. */
function evidenceOf(item: unknown, field: string): string {
  const at = evidencePattern(`$.${field}`);
  const found = (at === undefined ? undefined : valueOf(item, at.slice(2))) as { document?: unknown; owner?: unknown; date?: unknown } | undefined;
  if (!found || typeof found !== 'object') return '';
  return [shown(found.document), found.owner === undefined ? '' : `kept by ${shown(found.owner)}`, shown(found.date)].filter(Boolean).join(', ');
}

/** The fields of an item that are set, each with its value and any evidence for it. */
function fieldsOf(item: unknown, fields: readonly string[]): FieldView[] {
  return fields
    .map((field) => ({ field, value: valueOf(item, field) }))
    .filter((f) => f.value !== undefined)
    .map((f) => ({ field: f.field, value: shown(f.value), evidence: evidenceOf(item, f.field) }));
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The values at a pattern such as `personalData.purposes`, relative to an item; undefined when none is set. */
function valueOf(item: unknown, relative: string): unknown {
  return valueAt(item, parsePath(relative).segments);
}

export function stakeholderView(inputs: BriefingInputs, stakeholder: string): StakeholderView {
  const { strategy } = inputs;
  const label = stakeholderLabel(stakeholder);
  const rules = rulesOf(inputs, stakeholder);
  const found = findingsOf(inputs, stakeholder);
  const open = found.filter((d) => !d.waived).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const waived = found.filter((d) => d.waived);
  const owner = (strategy.stakeholders as Record<string, { owner: string; role?: string } | undefined> | undefined)?.[stakeholder];
  const applying = rules.filter((r) => (inputs.coverage.get(r.id)?.length ?? 0) > 0);

  // The initiatives this stakeholder's checklist looks at, and the platforms those use.
  const covered = new Set<string>();
  for (const rule of rules) {
    for (const item of inputs.coverage.get(rule.id) ?? []) {
      if (item.path[0] === 'initiatives' || item.path[0] === 'platforms') for (const i of initiativesOf(strategy, item.path)) covered.add(i.id);
    }
  }
  const reads = fieldsReadBy(rules);
  const initiativeFields = reads.filter((p) => p.startsWith('$.initiatives[*].')).map((p) => p.slice('$.initiatives[*].'.length).split('[*]')[0]!);
  const platformFields = reads.filter((p) => p.startsWith('$.platforms[*].') && p !== '$.platforms[*].id').map((p) => p.slice('$.platforms[*].'.length).split('[*]')[0]!);
  const strategyFields = reads.filter((p) => !p.startsWith('$.initiatives[*]') && !p.startsWith('$.platforms[*]') && p !== '$').map((p) => p.slice(2).split('[*]')[0]!);
  const unique = (list: string[]) => [...new Set(list)];

  const inScope = live(strategy).filter((i) => covered.has(i.id));
  const usedPlatforms = new Set(inScope.flatMap((i) => i.platforms ?? []));
  const platforms = (strategy.platforms ?? []).filter((p) => usedPlatforms.has(p.id));
  const columns = unique(platformFields);

  const across = fieldsOf(strategy, unique(strategyFields));

  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of open) counts[d.severity]++;

  return {
    header: header(inputs, `${label} brief`),
    stakeholder: { id: stakeholder, label, owner: owner ? person({ name: owner.owner, role: owner.role }) : null },
    ask: `Sign off the ${label} checklist for version ${strategy.metadata.version} of ${strategy.metadata.title}: ${plural(rules.length, 'rule')}, of which ${applying.length} ${applying.length === 1 ? 'applies' : 'apply'} to this strategy, over ${plural(inScope.length, 'initiative')}.`,
    signoffs: signoffsOf(inputs, stakeholder),
    summary: open.length + waived.length === 0 ? 'No findings: every rule that applies is met.' : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info, ${waived.length} waived.`,
    findings: open.map((d) => ({
      severity: d.severity,
      initiative: initiativeName(strategy, d.initiative),
      message: d.message,
      fix: d.fix ?? '',
      rule: d.ruleId,
      where: where(d),
    })),
    waived: waived.map((d) => ({
      rule: d.ruleId,
      initiative: initiativeName(strategy, d.initiative),
      message: d.message,
      reason: d.waived!.reason,
      approvedBy: d.waived!.approvedBy,
      expires: d.waived!.expires,
    })),
    rules: rules.map((r) => {
      const mine = found.filter((d) => d.ruleId === r.id);
      const openCount = mine.filter((d) => !d.waived).length;
      const result = openCount ? plural(openCount, 'finding') : mine.length ? 'waived' : (inputs.coverage.get(r.id)?.length ?? 0) > 0 ? 'met' : 'does not apply';
      // A rule without a title is described by its message, its placeholders left open.
      return { id: r.id, title: r.title ?? r.message.replace(/\{\{[^}]*\}\}/g, '…'), result };
    }),
    initiatives: inScope.map((i) => {
      const fields = fieldsOf(i, unique(initiativeFields));
      return { name: i.name, id: i.id, scope: i.scope, stage: stageWord(i.stage), fields, hasEvidence: fields.some((f) => f.evidence) };
    }),
    platforms: columns.length && platforms.length
      ? {
          columns,
          rows: platforms.map((p) => ({
            name: p.name,
            cells: columns.map((c) => {
              const value = shown(valueOf(p, c)) || 'not set';
              const evidence = evidenceOf(p, c);
              return evidence ? `${value} (evidence: ${evidence})` : value;
            }),
          })),
        }
      : null,
    strategyFields: across,
    strategyEvidence: across.some((f) => f.evidence),
  };
}
