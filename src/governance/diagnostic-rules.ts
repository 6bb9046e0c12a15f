import { WELL_FORMEDNESS_RULES, type RuleMeta } from '../model/rules.js';

/**
 * What `check` reports beside the checklists' own rules, as data: the well-formedness rules, the
 * waiver findings and the sign-off findings, each with its summary, fix and usual severity. Kept
 * apart from the code that raises them so `explain`, docs/rules.md and the SARIF descriptors read
 * them without loading that code.
 */

export const EXPIRY_WARNING_DAYS = 30;

/** What the waiver findings mean, for `socialplan explain` and docs/rules.md. */
export const WAIVER_RULES = [
  { id: 'waiver/expired', summary: 'A waiver is past its expiry date: the finding it accepted applies again.', fix: 'Fix what the rule asks, or have the approver renew the waiver with a new date.', severity: 'error' },
  { id: 'waiver/expiring', summary: `A waiver expires within ${EXPIRY_WARNING_DAYS} days.`, fix: 'Fix what the rule asks before then, or have the approver renew it.', severity: 'warning' },
  { id: 'waiver/unknown-rule', summary: 'A waiver names a rule that no checklist has (a typo, or a rule since renamed).', fix: 'Name a rule listed by `socialplan checklists`.', severity: 'error' },
  { id: 'waiver/unused', summary: 'A waiver accepts no finding any more: what it waived has been fixed.', fix: 'Remove the waiver.', severity: 'info' },
] as const;

/** What the sign-off findings mean, for `socialplan explain` and docs/rules.md. */
export const SIGNOFF_RULES = [
  {
    id: 'signoff/stale',
    summary: 'A stakeholder’s latest sign-off was given on different content: a field their checklist reads has changed since (an error once the strategy is approved).',
    fix: 'Ask the stakeholder to review the change (`socialplan diff`) and sign again with `socialplan signoff`.',
    severity: 'warning',
  },
  {
    id: 'signoff/not-owner',
    summary: 'A sign-off is recorded by someone other than the stakeholder’s owner named in the strategy.',
    fix: 'Have the named owner sign, or correct `stakeholders.<stakeholder>.owner` if the owner has changed.',
    severity: 'warning',
  },
  {
    id: 'signoff/no-digest',
    summary: 'A sign-off carries no digest, so nobody can tell whether it covers the strategy as it is now.',
    fix: 'Record sign-offs with `socialplan signoff`, which adds the digest.',
    severity: 'info',
  },
  {
    id: 'signoff/not-approved',
    summary: 'The strategy is marked approved, but a core stakeholder’s latest sign-off is a rejection or is stale.',
    fix: 'Set `metadata.status: in-review` until each core stakeholder has approved the current content.',
    severity: 'error',
  },
] as const;

/** Every rule a finding of `check` can carry besides the checklists' own. */
export const DIAGNOSTIC_RULES: readonly RuleMeta[] = [...WELL_FORMEDNESS_RULES, ...WAIVER_RULES, ...SIGNOFF_RULES];
