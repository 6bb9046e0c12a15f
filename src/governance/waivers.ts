import { whereRuleWent } from '../checks/ruleset/checklists/merged.js';
import { daysBetween } from '../model/dates.js';
import type { Finding } from '../model/diagnostic.js';
import type { Strategy } from '../model/schema/strategy.js';
import { closest } from '../model/suggest.js';
import { EXPIRY_WARNING_DAYS, WAIVER_RULES } from './diagnostic-rules.js';

export { EXPIRY_WARNING_DAYS, WAIVER_RULES };



/**
 * Mark the findings a current waiver accepts, and report the waivers themselves: expired (the
 * finding is back, and the stale waiver is an error), expiring within 30 days, naming a rule that
 * does not exist, or accepting nothing any more.
 */
export interface WaiverOptions {
  /** Every rule id that exists (built-in and custom), enabled or not. */
  known: readonly string[];
  /** The rules that ran this time: a waiver of a rule that did not run is left alone. */
  ran: ReadonlySet<string>;
  asOf: string;
}

export function applyWaivers(strategy: Strategy, findings: Finding[], { known, ran, asOf }: WaiverOptions): Finding[] {
  const waiverFindings: Finding[] = [];
  for (const [index, waiver] of (strategy.waivers ?? []).entries()) {
    const at = ['waivers', index];
    const scope = waiver.initiative ? ` for initiative ${waiver.initiative}` : '';
    if (!known.includes(waiver.rule)) {
      const suggestion = closest(waiver.rule, known);
      waiverFindings.push({
        ruleId: 'waiver/unknown-rule',
        severity: 'error',
        path: [...at, 'rule'],
        message: `waiver names rule "${waiver.rule}", which no checklist has${whereRuleWent(waiver.rule, suggestion)}`,
        fix: 'Name a rule listed by `socialplan checklists`, or remove the waiver.',
        stakeholder: 'waivers',
      });
      continue;
    }
    if (!ran.has(waiver.rule)) continue;
    const matches = findings.filter((f) => f.ruleId === waiver.rule && (!waiver.initiative || f.initiative === waiver.initiative));
    const expired = waiver.expires < asOf;
    if (expired) {
      waiverFindings.push({
        ruleId: 'waiver/expired',
        severity: 'error',
        path: [...at, 'expires'],
        message: `waiver of ${waiver.rule}${scope} expired on ${waiver.expires}; its finding applies again`,
        fix: `Fix what ${waiver.rule} asks, or have ${waiver.approvedBy} renew the waiver with a new expiry date.`,
        stakeholder: 'waivers',
      });
      continue;
    }
    for (const finding of matches) finding.waived = { reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires };
    const daysLeft = daysBetween(asOf, waiver.expires);
    if (daysLeft <= EXPIRY_WARNING_DAYS) {
      waiverFindings.push({
        ruleId: 'waiver/expiring',
        severity: 'warning',
        path: [...at, 'expires'],
        message: `waiver of ${waiver.rule}${scope} expires on ${waiver.expires}, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`,
        fix: `Fix what ${waiver.rule} asks before then, or have ${waiver.approvedBy} renew the waiver.`,
        stakeholder: 'waivers',
      });
    }
    if (matches.length === 0) {
      waiverFindings.push({
        ruleId: 'waiver/unused',
        severity: 'info',
        path: at,
        message: `waiver of ${waiver.rule}${scope} accepts no finding any more and can be removed`,
        stakeholder: 'waivers',
      });
    }
  }
  return [...findings, ...waiverFindings];
}
