import type { Finding, PathSegment } from '../../model/diagnostic.js';
import type { Strategy } from '../../model/schema/strategy.js';
import { appliesToItem, appliesToStrategy } from './applicability.js';
import { evaluateAll } from './conditions.js';
import type { FunctionContext } from './functions/types.js';
import { parsePath, select } from './path.js';
import type { Condition, Rule } from './rule.js';
import { OPTIONAL_STAKEHOLDERS, stakeholderLabel } from './stakeholders.js';
import { fillMessage } from './template.js';

export interface EngineOptions {
  /** YYYY-MM-DD: every date in the strategy is judged as of this day. */
  asOf: string;
  /** Filled, when given, with the items each rule looked at, by rule id: what a briefing says each checklist covers. */
  coverage?: Map<string, CheckedItem[]>;
}

function list(conditions: Condition | Condition[] | undefined): Condition[] {
  if (conditions === undefined) return [];
  return Array.isArray(conditions) ? conditions : [conditions];
}

function initiativeId(strategy: Strategy, path: readonly PathSegment[]): string | undefined {
  return path[0] === 'initiatives' && typeof path[1] === 'number' ? strategy.initiatives[path[1]]?.id : undefined;
}

/** "Records (Omar Haddad) and Communications (Julia Novak)": a conflict names both sides and who owns them. */
function owners(strategy: Strategy, between: readonly string[]): string {
  const named = between.map((id) => {
    const owner = (strategy.stakeholders as Record<string, { owner: string } | undefined> | undefined)?.[id]?.owner;
    return `${stakeholderLabel(id)} (${owner ?? 'no owner named'})`;
  });
  return named.length > 2 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named.join(' and ');
}

export interface CheckedItem {
  value: unknown;
  path: PathSegment[];
  /** The id of the initiative the item is or lies in, if any. */
  initiative?: string;
}

/**
 * The items a rule looks at in a strategy: those its `given` selects, to which it applies (tags,
 * jurisdictions, scope, stage) and that meet its `when`. What a stakeholder's checklist covers.
 */
export function checkedItems(strategy: Strategy, rule: Rule, options: EngineOptions): CheckedItem[] {
  if (!appliesToStrategy(rule, strategy)) return [];
  const context: FunctionContext = { strategy, asOf: options.asOf };
  const when = list(rule.when);
  const items: CheckedItem[] = [];
  for (const item of select(strategy, parsePath(rule.given).segments)) {
    if (!appliesToItem(rule, strategy, item.path)) continue;
    if (when.length && !evaluateAll(when, item.value, item.path, context).pass) continue;
    const initiative = initiativeId(strategy, item.path);
    items.push({ ...item, ...(initiative ? { initiative } : {}) });
  }
  return items;
}

/**
 * Run rules over a strategy: strategy in, findings out, nothing else touched. Each rule reports at
 * most one finding per item it looks at: the first `then` condition the item fails.
 */
export function runRules(strategy: Strategy, rules: readonly Rule[], options: EngineOptions): Finding[] {
  const context: FunctionContext = { strategy, asOf: options.asOf };
  const findings: Finding[] = [];
  // A gap shared with an optional stakeholder (HR, Security) names them only when their checklist runs.
  const running = new Set(rules.map((r) => r.stakeholder));
  const named = (id: string) => running.has(id) || !(OPTIONAL_STAKEHOLDERS as readonly string[]).includes(id);
  for (const rule of rules) {
    const escalated = rule.escalateFor?.some((tag) => strategy.metadata.regulatoryTags?.includes(tag)) ?? false;
    const severity = escalated ? 'error' : rule.severity;
    const then = list(rule.then);
    const items = checkedItems(strategy, rule, options);
    options.coverage?.set(rule.id, items);
    for (const item of items) {
      const outcome = evaluateAll(then, item.value, item.path, context);
      if (outcome.pass) continue;
      const data = {
        ...outcome.data,
        ...(rule.between ? { between: owners(strategy, rule.between) } : {}),
        ...(rule.sharedWith ? { owners: owners(strategy, [rule.stakeholder, ...rule.sharedWith.filter(named)]) } : {}),
      };
      findings.push({
        ruleId: rule.id,
        severity,
        message: fillMessage(rule.message, item.value, data),
        path: outcome.path,
        stakeholder: rule.stakeholder,
        ...(item.initiative ? { initiative: item.initiative } : {}),
        ...(rule.rationale ? { rationale: rule.rationale } : {}),
        ...(rule.reference ? { reference: rule.reference } : {}),
        ...(rule.fix ? { fix: rule.fix } : {}),
      });
    }
  }
  return withoutYielded(findings, rules);
}

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * One gap, one finding: a rule's finding is left out where a rule it yields to reports, at least as
 * severely, the same field of the same item (records/capture-tested where compliance/dm-capture says the
 * DMs are not captured). The rule that stays names every owner through its sharedWith.
 */
function withoutYielded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const yields = new Map(rules.filter((r) => r.yieldsTo).map((r) => [r.id as string, r.yieldsTo!]));
  if (!yields.size) return findings;
  // The path names the item (initiatives[3]...) and the field, so it is the place.
  const place = (ruleId: string, f: Finding) => `${ruleId}\u0000${JSON.stringify(f.path)}`;
  const severest = new Map<string, number>();
  for (const f of findings) {
    const key = place(f.ruleId, f);
    severest.set(key, Math.max(severest.get(key) ?? 0, RANK[f.severity]));
  }
  return findings.filter((f) => !(yields.get(f.ruleId) ?? []).some((other) => (severest.get(place(other, f)) ?? 0) >= RANK[f.severity]));
}
