import { sameName } from '../../governance/signoffs.js';
import { stakeholderLabel } from '../../checks/engine/stakeholders.js';
import { compareDates } from '../../model/dates.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Initiative, Strategy } from '../../model/schema/strategy.js';
import { digest, rulesFor } from '../../governance/digest.js';
import { findingsOf, type BriefingInputs } from '../inputs.js';
import { person } from '../values.js';

/** What every briefing says first: what it is, of which strategy, which version, how final. */
export interface HeaderView {
  briefing: string;
  title: string;
  organization: string;
  version: string;
  status: string;
  asOf: string;
  reviewBy: string | null;
  owner: string;
  source: string;
  /** Said plainly whenever the strategy is not approved. */
  notice: { label: string; text: string } | null;
}

const NOTICES: Record<string, (version: string) => { label: string; text: string } | null> = {
  draft: () => ({ label: 'Draft.', text: 'This strategy is still being written. Nothing in it is approved, and its figures and findings will change.' }),
  'in-review': (v) => ({ label: 'In review, not approved.', text: `The stakeholders are reading version ${v}. It is not approved until each of them has signed off.` }),
  approved: () => null,
  retired: () => ({ label: 'Retired.', text: 'This strategy is no longer in force; it is kept for the record.' }),
};

/** The stakeholders whose sign-off makes a strategy approved. */
export const CORE_STAKEHOLDERS = ['privacy', 'compliance', 'legal', 'records', 'communications'] as const;

/** Whether the strategy is approved in fact: every core stakeholder's latest sign-off current and approving. */
export interface Approval {
  approved: boolean;
  /** Labels of the core stakeholders with no sign-off, a stale one, a rejection, or one whose currency cannot be told. */
  missing: string[];
  stale: string[];
  rejected: string[];
  unverified: string[];
  /** Latest sign-offs given by someone other than the stakeholder's named owner. */
  notOwner: string[];
  /** Sign-offs dated after the as-of date only: not given yet on the day the briefing speaks for. */
  notYet: string[];
  /** Errors open (not waived) across every checklist. */
  openErrors: number;
  /** The day the briefing speaks for. */
  asOf: string;
}

export function approvalOf(inputs: BriefingInputs): Approval {
  const approval: Approval = { approved: false, missing: [], stale: [], rejected: [], unverified: [], notOwner: [], notYet: [], openErrors: 0, asOf: inputs.asOf };
  const owners = (inputs.strategy.stakeholders ?? {}) as Record<string, { owner: string } | undefined>;
  for (const s of CORE_STAKEHOLDERS) {
    const all = signoffsOf(inputs, s);
    // A sign-off dated after the day the briefing speaks for has not been given yet on that day.
    const latest = all.find((x) => x.date <= inputs.asOf);
    const label = stakeholderLabel(s);
    const owner = owners[s]?.owner;
    if (!latest) (all.length ? approval.notYet : approval.missing).push(label);
    else if (latest.decision === 'rejected') approval.rejected.push(label);
    else if (owner !== undefined && !sameName(owner, latest.by)) approval.notOwner.push(label);
    else if (latest.state === 'stale') approval.stale.push(label);
    else if (latest.state === 'unknown') approval.unverified.push(label);
  }
  approval.openErrors = inputs.diagnostics.filter((d) => d.severity === 'error' && !d.waived).length;
  approval.approved =
    approval.missing.length + approval.stale.length + approval.rejected.length + approval.unverified.length + approval.notOwner.length + approval.notYet.length === 0;
  return approval;
}

function list(labels: readonly string[]): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** What stands between the strategy and approval, in one sentence's worth: "no sign-off from Privacy and Legal; ...". */
export function approvalGaps(a: Approval): string {
  const parts = [
    a.rejected.length ? `${list(a.rejected)} rejected it` : '',
    a.missing.length ? `no sign-off from ${list(a.missing)}` : '',
    a.stale.length ? `the sign-off of ${list(a.stale)} is stale (what ${a.stale.length === 1 ? 'it' : 'they'} signed has changed)` : '',
    a.unverified.length ? `the sign-off of ${list(a.unverified)} has no digest, so cannot be shown to cover this version` : '',
    a.notOwner.length ? `the sign-off of ${list(a.notOwner)} is not by ${a.notOwner.length === 1 ? 'its' : 'their'} named owner` : '',
    a.notYet.length ? `the sign-off of ${list(a.notYet)} is dated after ${a.asOf}` : '',
    a.openErrors ? `${a.openErrors} ${a.openErrors === 1 ? 'error is' : 'errors are'} open` : '',
  ].filter(Boolean);
  return parts.join('; ');
}

export function header(inputs: BriefingInputs, briefing: string): HeaderView {
  const m = inputs.strategy.metadata;
  const approval = approvalOf(inputs);
  // "Approved" is said only when it is so: the file's status alone does not make it true.
  const claimsApproval = m.status === 'approved';
  const notApproved = claimsApproval && !approval.approved;
  const gaps = approvalGaps(approval);
  let notice = NOTICES[m.status]?.(m.version) ?? null;
  if (notApproved) notice = { label: 'Not approved.', text: `The file says approved, but ${gaps}.` };
  else if (m.status === 'in-review' && approval.approved) {
    const errors = approval.openErrors ? `, with ${approval.openErrors} ${approval.openErrors === 1 ? 'error' : 'errors'} still open` : '';
    notice = { label: 'In review, signed off.', text: `Every core stakeholder has signed off version ${m.version}${errors}; it is approved once its status is set to approved.` };
  } else if (m.status === 'in-review' && gaps) notice = { label: 'In review, not approved.', text: `Version ${m.version} is not approved until every core stakeholder has signed it off: ${gaps}.` };
  return {
    briefing,
    title: m.title,
    organization: m.organization,
    version: m.version,
    status: notApproved ? 'approved in the file, not signed off' : m.status,
    asOf: inputs.asOf,
    reviewBy: m.reviewBy ?? null,
    owner: person(m.owner) || 'not named',
    source: inputs.file.split(/[\\/]/).pop() ?? inputs.file,
    notice,
  };
}

export function live(strategy: Strategy): Initiative[] {
  return strategy.initiatives.filter((i) => i.stage !== 'retired');
}

// Names by id, made once per strategy: a brief names the initiative of each of its findings, and
// searching 50,000 initiatives for each of 50,000 findings took most of a render.
const namesOf = new WeakMap<Strategy, Map<string, string>>();

export function initiativeName(strategy: Strategy, id: string | undefined): string {
  if (!id) return '';
  let names = namesOf.get(strategy);
  if (!names) {
    names = new Map();
    for (const i of strategy.initiatives) if (!names.has(i.id)) names.set(i.id, i.name);
    namesOf.set(strategy, names);
  }
  return names.get(id) ?? id;
}

/** Where a finding is, as an editor jumps to it. */
export function where(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}` : d.file;
}

export interface SignoffView {
  by: string;
  date: string;
  decision: string;
  version: string | null;
  note: string | null;
  /** Whether it covers the strategy as it is: its digest matches what the checklist reads now. */
  state: 'current' | 'stale' | 'unknown';
}

const STATE_WORDS: Record<SignoffView['state'], string> = {
  current: 'current',
  stale: 'stale: a field the checklist reads has changed since',
  unknown: 'no digest: cannot tell whether it is current',
};

const digests = new WeakMap<BriefingInputs, Map<string, string>>();

function currentDigest(inputs: BriefingInputs, stakeholder: string): string {
  let known = digests.get(inputs);
  if (!known) digests.set(inputs, (known = new Map()));
  let value = known.get(stakeholder);
  if (value === undefined) known.set(stakeholder, (value = digest(inputs.strategy, rulesFor(inputs.allRules, stakeholder))));
  return value;
}

/** A stakeholder's sign-offs, newest first, each judged against the strategy as it is. */
export function signoffsOf(inputs: BriefingInputs, stakeholder: string): (SignoffView & { stateText: string })[] {
  const { strategy } = inputs;
  const theirs = (strategy.signoffs ?? []).filter((s) => s.stakeholder === stakeholder);
  // What their checklist reads now, digested once per stakeholder and only when a sign-off has a digest to compare.
  const now = theirs.some((s) => s.digest !== undefined) ? currentDigest(inputs, stakeholder) : undefined;
  return theirs
    .map((s) => {
      const state: SignoffView['state'] = s.digest === undefined ? 'unknown' : s.digest === now ? 'current' : 'stale';
      return { by: s.by, date: s.date, decision: s.decision, version: s.version ?? null, note: s.note ?? null, state, stateText: STATE_WORDS[state] };
    })
    .sort((a, b) => compareDates(b.date, a.date));
}

/** "approved by Sinéad Gallagher on 2026-11-20 (version 2.3.0, stale: ...)", or "not signed". */
export function signoffSummary(inputs: BriefingInputs, stakeholder: string): string {
  const latest = signoffsOf(inputs, stakeholder)[0];
  if (!latest) return 'not signed';
  const version = latest.version ? `version ${latest.version}, ` : '';
  return `${latest.decision} by ${latest.by} on ${latest.date} (${version}${latest.stateText})`;
}

export interface Readiness {
  stakeholder: string;
  label: string;
  owner: string;
  errors: number;
  warnings: number;
  infos: number;
  waived: number;
  signoff: string;
  brief: string;
}

/** Where each stakeholder stands: open findings by severity, waived ones, and their sign-off. */
export function readiness(inputs: BriefingInputs): Readiness[] {
  return inputs.stakeholders.map((s) => {
    const found = findingsOf(inputs, s);
    const open = found.filter((d) => !d.waived);
    const owner = (inputs.strategy.stakeholders as Record<string, { owner: string; role?: string } | undefined> | undefined)?.[s];
    return {
      stakeholder: s,
      label: stakeholderLabel(s),
      owner: owner ? person({ name: owner.owner, role: owner.role }) : 'no owner named',
      errors: open.filter((d) => d.severity === 'error').length,
      warnings: open.filter((d) => d.severity === 'warning').length,
      infos: open.filter((d) => d.severity === 'info').length,
      waived: found.filter((d) => d.waived).length,
      signoff: signoffSummary(inputs, s),
      brief: `${s}.md`,
    };
  });
}
