import { whereRuleWent } from '../checks/ruleset/checklists/merged.js';
import { daysBetween } from '../model/dates.js';
import type { Finding } from '../model/diagnostic.js';
import type { Strategy } from '../model/schema/strategy.js';
import { closest } from '../model/suggest.js';
import { EXPIRY_WARNING_DAYS, report } from '../model/rules.js';



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
        ...report('waiver/unknown-rule', { rule: waiver.rule, suggestion: whereRuleWent(waiver.rule, suggestion) }),
        severity: 'error',
        path: [...at, 'rule'],
        stakeholder: 'waivers',
      });
      continue;
    }
    if (!ran.has(waiver.rule)) continue;
    const matches = findings.filter((f) => f.ruleId === waiver.rule && (!waiver.initiative || f.initiative === waiver.initiative));
    const expired = waiver.expires < asOf;
    if (expired) {
      waiverFindings.push({
        ...report('waiver/expired', { rule: waiver.rule, scope, expires: waiver.expires, approvedBy: waiver.approvedBy }),
        severity: 'error',
        path: [...at, 'expires'],
        stakeholder: 'waivers',
      });
      continue;
    }
    for (const finding of matches) finding.waived = { reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires };
    const daysLeft = daysBetween(asOf, waiver.expires);
    if (daysLeft <= EXPIRY_WARNING_DAYS) {
      waiverFindings.push({
        ...report('waiver/expiring', { rule: waiver.rule, scope, expires: waiver.expires, daysLeft: `${daysLeft} day${daysLeft === 1 ? '' : 's'}`, approvedBy: waiver.approvedBy }),
        severity: 'warning',
        path: [...at, 'expires'],
        stakeholder: 'waivers',
      });
    }
    if (matches.length === 0) {
      waiverFindings.push({
        ...report('waiver/unused', { rule: waiver.rule, scope }),
        severity: 'info',
        path: at,
        stakeholder: 'waivers',
      });
    }
  }
  return [...findings, ...waiverFindings];
}
