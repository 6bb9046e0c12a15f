import type { Finding } from '../model/diagnostic.js';
import type { Strategy } from '../model/schema/strategy.js';
import { digest, rulesFor } from './digest.js';
import type { Rule } from '../checks/engine/rule.js';
import { SIGNOFF_RULES } from './diagnostic-rules.js';
import { stakeholderLabel } from '../checks/engine/stakeholders.js';

export { SIGNOFF_RULES };


const CORE = ['privacy', 'compliance', 'legal', 'records', 'communications'];

/** Names compared as people read them: case, surrounding spaces and Unicode composition aside. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * Sign-offs judged against the strategy as it is: for each stakeholder, their latest sign-off must
 * carry the digest of what their checklist reads now, and be given by their named owner. `rules` are
 * all rules, enabled or not, so a config change does not make a sign-off stale.
 */
export function signoffFindings(strategy: Strategy, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  const list = strategy.signoffs ?? [];
  const approved = strategy.metadata.status === 'approved';
  const owners = (strategy.stakeholders ?? {}) as Record<string, { owner: string } | undefined>;
  const latest = new Map<string, number>();
  list.forEach((s, i) => {
    const prior = latest.get(s.stakeholder);
    if (prior === undefined || list[prior]!.date <= s.date) latest.set(s.stakeholder, i);
  });
  const stale = new Set<string>();
  for (const [stakeholder, index] of latest) {
    const s = list[index]!;
    const label = stakeholderLabel(stakeholder);
    const at = ['signoffs', index];
    const owner = owners[stakeholder]?.owner;
    if (owner !== undefined && !sameName(owner, s.by)) {
      findings.push({
        ruleId: 'signoff/not-owner',
        severity: approved ? 'error' : 'warning',
        path: [...at, 'by'],
        message: `${label} sign-off is by ${s.by}, but the strategy names ${owner} as the ${label} owner`,
        fix: SIGNOFF_RULES[1].fix,
        stakeholder,
      });
    }
    if (s.digest === undefined) {
      findings.push({ ruleId: 'signoff/no-digest', severity: 'info', path: at, message: `${label} sign-off by ${s.by} on ${s.date} has no digest, so whether it covers the current content is unknown`, fix: SIGNOFF_RULES[2].fix, stakeholder });
      continue;
    }
    if (s.digest !== digest(strategy, rulesFor(rules, stakeholder))) {
      stale.add(stakeholder);
      findings.push({
        ruleId: 'signoff/stale',
        severity: approved ? 'error' : 'warning',
        path: [...at, 'digest'],
        message: `${label} sign-off by ${s.by} on ${s.date}${s.version ? ` (version ${s.version})` : ''} is stale: a field the ${label} checklist reads has changed since`,
        fix: SIGNOFF_RULES[0].fix,
        stakeholder,
      });
    }
  }
  if (approved) {
    for (const stakeholder of CORE) {
      const index = latest.get(stakeholder);
      if (index === undefined) continue; // a missing sign-off is governance/approved-signoffs' finding
      const s = list[index]!;
      if (s.decision === 'rejected' || stale.has(stakeholder)) {
        findings.push({
          ruleId: 'signoff/not-approved',
          severity: 'error',
          path: ['metadata', 'status'],
          message: `the strategy is marked approved, but ${stakeholderLabel(stakeholder)}'s latest sign-off ${s.decision === 'rejected' ? 'rejects it' : 'is stale'}`,
          fix: SIGNOFF_RULES[3].fix,
          stakeholder,
        });
      }
    }
  }
  return findings;
}
