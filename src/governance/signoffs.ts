import type { Finding } from '../model/diagnostic.js';
import { report } from '../model/rules.js';
import type { Strategy } from '../model/schema/strategy.js';
import { digest, rulesFor } from './digest.js';
import type { Rule } from '../checks/engine/rule.js';
import { stakeholderLabel } from '../checks/engine/stakeholders.js';


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
        ...report('signoff/not-owner', { stakeholder: label, by: s.by, owner }),
        severity: approved ? 'error' : 'warning',
        path: [...at, 'by'],
        stakeholder,
      });
    }
    if (s.digest === undefined) {
      findings.push({ ...report('signoff/no-digest', { stakeholder: label, by: s.by, date: s.date }), severity: 'info', path: at, stakeholder });
      continue;
    }
    if (s.digest !== digest(strategy, rulesFor(rules, stakeholder))) {
      stale.add(stakeholder);
      findings.push({
        ...report('signoff/stale', { stakeholder: label, by: s.by, date: s.date, version: s.version ? ` (version ${s.version})` : '' }),
        severity: approved ? 'error' : 'warning',
        path: [...at, 'digest'],
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
          ...report('signoff/not-approved', { stakeholder: stakeholderLabel(stakeholder), why: s.decision === 'rejected' ? 'rejects it' : 'is stale' }),
          severity: 'error',
          path: ['metadata', 'status'],
          stakeholder,
        });
      }
    }
  }
  return findings;
}
