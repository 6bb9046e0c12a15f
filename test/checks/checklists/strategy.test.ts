import { describe, expect, it } from 'vitest';
import { strategy } from '../../../src/checks/ruleset/checklists/strategy.js';
import { edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per rule of the strategy checklist, in the ESLint manner: a strategy that passes, then
 * each case breaks (or switches on) one thing and names the line the finding must point at.
 */
const BASE = `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: strategy-base
  title: Strategy base
  organization: Example plc
  jurisdictions: [US]
  owner: { name: Ada Lovelace, role: CIO }
  version: 1.0.0
  status: draft
  reviewBy: 2027-06-30
alignment:
  businessGoals: [{ id: BG1, statement: Serve customers. }]
  itObjectives: [{ id: IT1, statement: Be where customers are., supports: [BG1] }]
initiatives:
  - id: care
    name: Customer care
    scope: external
    stage: pilot
    businessNeed: Customers wait nine hours for a reply and then call us.
    supports: [IT1]
    valueChain: [service]
    ends: 2027-03-31
    platforms: [facebook]
    kpis:
      - { id: first-reply, kind: quantitative, category: outcome, metric: Median time to first reply, baseline: 9, target: 2, unit: hours, cadence: weekly, source: Inbox report }
      - { id: care-voice, kind: qualitative, method: Monthly review of sampled threads }
    roi:
      horizonMonths: 12
      costs: [{ item: Seats, amount: 1000, recurrence: monthly }]
      benefits: [{ item: Calls avoided, amount: 3000, recurrence: monthly }]
    experiments:
      - { id: handoff, hypothesis: A secure link resolves more questions., metric: first-reply, successCriteria: Replies within 2 hours, ends: 2027-02-28 }
platforms:
  - { id: facebook, name: Facebook page }
platformEvaluation:
  criteria: [{ id: reach, weight: 1 }]
  candidates: [{ platform: facebook, scores: { reach: 4 }, decision: selected }]
governance:
  model: hub-and-spoke
  roles:
    it: Builds and controls the platforms.
    socialTeam: Enables and orchestrates the spokes.
    businessLeaders: Own their content and give up some control.
  experimentation: { recognition: A quarterly award for the experiment that taught us most. }
leadership:
  executiveVoice: { person: Ada Lovelace, channels: [facebook], cadence: A fortnightly post, hoursPerWeek: 2 }
stakeholders:
  privacy: { owner: Pia Brandt }
  compliance: { owner: Carl Moreau }
  legal: { owner: Lena Ortiz }
  records: { owner: Omar Haddad }
  communications: { owner: Julia Novak }
`;

const care = lineOf(BASE, '- id: care');
/** A list the finding points at is placed at its first item. */
const kpis = lineOf(BASE, '    kpis:');
const firstReply = lineOf(BASE, '- { id: first-reply');
const IDEA = edit(BASE, 'stage: pilot', 'stage: idea');
const ROLLOUT = edit(BASE, 'stage: pilot', 'stage: rollout');
const INTERNAL = edit(BASE, 'scope: external', 'scope: internal');
/** Without the quantitative KPI, the experiment that names it as its metric must go too. */
const noFirstReply = (text: string) => edit(text.replace(/ {6}- \{ id: first-reply.*\n/, ''), ' metric: first-reply,', '');
const noKpis = (text: string) => edit(text.replace(/ {4}kpis:\n(?: {6}.*\n)+/, ''), ' metric: first-reply,', '');
const noRoi = (text: string) => text.replace(/ {4}roi:\n(?: {6}.*\n)+/, '');
const noExperiments = (text: string) => text.replace(/ {4}experiments:\n(?: {6}.*\n)+/, '');
const APPROVED = edit(BASE, 'status: draft', 'status: approved');
const signoffs = (...decisions: [string, string][]) =>
  `signoffs:\n${decisions.map(([s, d]) => `  - { stakeholder: ${s}, by: Someone, date: 2026-11-01, decision: ${d} }\n`).join('')}`;
const ALL_SIGNED: [string, string][] = ['privacy', 'compliance', 'legal', 'records', 'communications'].map((s) => [s, 'approved']);

const cases: RuleCase[] = [
  { rule: 'strategy/jurisdictions', name: 'passes when the strategy names a jurisdiction', text: BASE, line: null },
  {
    rule: 'strategy/jurisdictions',
    name: 'fails when the strategy names none, since no law-specific rule would check it',
    text: edit(BASE, '  jurisdictions: [US]\n', ''),
    line: lineOf(BASE, 'metadata:'),
    message: /names no jurisdictions, so no rule that rests on a particular law/,
  },
  { rule: 'strategy/jurisdictions', name: 'fails for an empty list', text: edit(BASE, '  jurisdictions: [US]\n', '  jurisdictions: []\n'), line: lineOf(BASE, '  jurisdictions: [US]') },
  { rule: 'traceability/orphan-goal', name: 'passes when every goal is served', text: BASE, line: null },
  {
    rule: 'traceability/orphan-goal',
    name: 'fails for a goal no objective serves',
    text: edit(BASE, '[{ id: BG1, statement: Serve customers. }]', '[{ id: BG1, statement: Serve customers. }, { id: BG2, statement: Grow abroad. }]'),
    line: lineOf(BASE, 'businessGoals:'),
  },
  { rule: 'traceability/orphan-objective', name: 'passes when every objective is served', text: BASE, line: null },
  {
    rule: 'traceability/orphan-objective',
    name: 'fails for an objective no initiative serves',
    text: edit(BASE, '  itObjectives: [{ id: IT1, statement: Be where customers are., supports: [BG1] }]\n', '  itObjectives:\n    - { id: IT1, statement: Be where customers are., supports: [BG1] }\n    - { id: IT2, statement: Run an intranet., supports: [BG1] }\n'),
    line: lineOf(BASE, 'itObjectives:') + 2,
  },
  { rule: 'traceability/business-need', name: 'passes with a business need', text: BASE, line: null },
  { rule: 'traceability/business-need', name: 'fails without one, at the initiative', text: BASE.replace(/ {4}businessNeed: .*\n/, ''), line: care },
  { rule: 'traceability/value-chain', name: 'passes with value-chain stages', text: BASE, line: null },
  { rule: 'traceability/value-chain', name: 'fails without', text: edit(BASE, '    valueChain: [service]\n', ''), line: care },
  { rule: 'traceability/value-chain', name: 'fails with an empty list, at the list', text: edit(BASE, 'valueChain: [service]', 'valueChain: []'), line: lineOf(BASE, 'valueChain:') },
  { rule: 'platforms/named', name: 'passes with platforms', text: BASE, line: null },
  { rule: 'platforms/named', name: 'fails without', text: edit(BASE, '    platforms: [facebook]\n', ''), line: care },
  { rule: 'platforms/named', name: 'does not apply to an idea', text: edit(IDEA, '    platforms: [facebook]\n', ''), line: null },
  { rule: 'platforms/evaluated', name: 'passes for an evaluated platform', text: BASE, line: null },
  {
    rule: 'platforms/evaluated',
    name: 'fails for a platform in use that was not evaluated',
    text: edit(edit(BASE, 'platforms: [facebook]', 'platforms: [facebook, x]'), '  - { id: facebook, name: Facebook page }\n', '  - { id: facebook, name: Facebook page }\n  - { id: x, name: X account }\n'),
    line: lineOf(BASE, '- { id: facebook') + 1,
  },
  {
    rule: 'platforms/evaluated',
    name: 'does not apply to a platform no initiative uses',
    text: edit(BASE, '  - { id: facebook, name: Facebook page }\n', '  - { id: facebook, name: Facebook page }\n  - { id: x, name: X account }\n'),
    line: null,
  },
  { rule: 'measurement/quantitative-kpi', name: 'passes with a complete quantitative KPI', text: BASE, line: null },
  { rule: 'measurement/quantitative-kpi', name: 'fails when the only one lacks a baseline, at kpis', text: edit(BASE, ' baseline: 9,', ''), line: kpis },
  { rule: 'measurement/quantitative-kpi', name: 'fails with qualitative measures only', text: noFirstReply(BASE), line: kpis },
  { rule: 'measurement/quantitative-kpi', name: 'fails without KPIs, at the initiative', text: noKpis(BASE), line: care },
  { rule: 'measurement/quantitative-kpi', name: 'passes with a baseline of zero', text: edit(BASE, 'baseline: 9', 'baseline: 0'), line: null },
  { rule: 'measurement/quantitative-kpi', name: 'does not apply to an idea', text: noKpis(IDEA), line: null },
  { rule: 'measurement/kpi-complete', name: 'passes for a complete KPI', text: BASE, line: null },
  { rule: 'measurement/kpi-complete', name: 'fails without a source, at the KPI', text: edit(BASE, ', source: Inbox report', ''), line: firstReply },
  { rule: 'measurement/kpi-complete', name: 'does not apply to an idea', text: edit(IDEA, ', source: Inbox report', ''), line: null },
  { rule: 'measurement/qualitative-kpi', name: 'passes with a qualitative measure', text: BASE, line: null },
  { rule: 'measurement/qualitative-kpi', name: 'fails without, at kpis', text: BASE.replace(/ {6}- \{ id: care-voice.*\n/, ''), line: kpis },
  { rule: 'measurement/qualitative-kpi', name: 'does not apply to an idea', text: noKpis(IDEA), line: null },
  { rule: 'measurement/distraction-risk', name: 'passes with an outcome KPI', text: BASE, line: null },
  { rule: 'measurement/distraction-risk', name: 'fails with usage KPIs only', text: edit(BASE, 'category: outcome', 'category: usage'), line: kpis },
  { rule: 'measurement/distraction-risk', name: 'fails when no KPI says it is an outcome', text: edit(BASE, ' category: outcome,', ''), line: kpis },
  {
    rule: 'measurement/distraction-risk',
    name: 'passes when an outcome KPI sits beside a usage one',
    text: edit(BASE, '      - { id: care-voice', '      - { id: posts, kind: quantitative, category: usage, metric: Posts a week }\n      - { id: care-voice'),
    line: null,
  },
  { rule: 'measurement/distraction-risk', name: 'does not apply without quantitative KPIs', text: noFirstReply(BASE), line: null },
  { rule: 'measurement/roi-model', name: 'passes with costs and benefits', text: BASE, line: null },
  { rule: 'measurement/roi-model', name: 'fails without benefits, at roi', text: BASE.replace(/ {6}benefits: .*\n/, ''), line: lineOf(BASE, 'roi:') },
  { rule: 'measurement/roi-model', name: 'fails without an ROI model, at the initiative', text: noRoi(BASE), line: care },
  { rule: 'measurement/roi-model', name: 'does not apply to an idea', text: noRoi(IDEA), line: null },
  { rule: 'leadership/executive-voice', name: 'passes with a plan', text: INTERNAL, line: null },
  { rule: 'leadership/executive-voice', name: 'fails without, at the top of the file', text: INTERNAL.replace(/leadership:\n {2}.*\n/, ''), line: 1 },
  { rule: 'leadership/executive-voice', name: 'does not apply to external initiatives only (Communications asks)', text: BASE.replace(/leadership:\n {2}.*\n/, ''), line: null },
  { rule: 'leadership/hours-plausible', name: 'passes at 2 hours a week', text: BASE, line: null },
  { rule: 'leadership/hours-plausible', name: 'passes at exactly 5', text: edit(BASE, 'hoursPerWeek: 2', 'hoursPerWeek: 5'), line: null },
  { rule: 'leadership/hours-plausible', name: 'fails at 12 hours a week', text: edit(BASE, 'hoursPerWeek: 2', 'hoursPerWeek: 12'), line: lineOf(BASE, 'executiveVoice:') },
  { rule: 'leadership/hours-plausible', name: 'does not apply without a plan', text: BASE.replace(/leadership:\n {2}.*\n/, ''), line: null },
  { rule: 'experimentation/pilot-experiment', name: 'passes with an experiment', text: BASE, line: null },
  { rule: 'experimentation/pilot-experiment', name: 'fails without, at the initiative', text: noExperiments(BASE), line: care },
  { rule: 'experimentation/pilot-experiment', name: 'does not apply after the pilot', text: noExperiments(ROLLOUT), line: null },
  { rule: 'experimentation/experiment-complete', name: 'passes for a complete experiment', text: BASE, line: null },
  { rule: 'experimentation/experiment-complete', name: 'fails without success criteria, at the experiment', text: edit(BASE, ' successCriteria: Replies within 2 hours,', ''), line: lineOf(BASE, '- { id: handoff') },
  { rule: 'experimentation/pilot-end-date', name: 'passes with an end date', text: BASE, line: null },
  { rule: 'experimentation/pilot-end-date', name: 'fails without, at the initiative', text: edit(BASE, '    ends: 2027-03-31\n', ''), line: care },
  { rule: 'experimentation/pilot-end-date', name: 'does not apply after the pilot', text: edit(ROLLOUT, '    ends: 2027-03-31\n', ''), line: null },
  { rule: 'experimentation/recognition', name: 'passes with a recognition practice', text: BASE, line: null },
  { rule: 'experimentation/recognition', name: 'fails without, at governance', text: BASE.replace(/ {2}experimentation: .*\n/, ''), line: lineOf(BASE, 'governance:') },
  { rule: 'governance/roles', name: 'passes with a model and all roles', text: BASE, line: null },
  { rule: 'governance/roles', name: 'fails without the business leaders’ role, in governance', text: BASE.replace(/ {4}businessLeaders: .*\n/, ''), line: lineOf(BASE, 'governance:') },
  { rule: 'governance/roles', name: 'fails without governance, at the top of the file', text: BASE.replace(/governance:\n(?: {2}.*\n)+/, ''), line: 1 },
  { rule: 'governance/review-due', name: 'passes with a review date ahead', text: BASE, line: null },
  { rule: 'governance/review-due', name: 'passes on the review date itself', text: BASE, asOf: '2027-06-30', line: null },
  { rule: 'governance/review-due', name: 'fails once the date has passed', text: BASE, asOf: '2027-07-01', line: lineOf(BASE, 'reviewBy:') },
  { rule: 'governance/review-due', name: 'fails without a review date, at metadata', text: edit(BASE, '  reviewBy: 2027-06-30\n', ''), line: lineOf(BASE, 'metadata:') },
  { rule: 'governance/stakeholder-owners', name: 'passes with every core owner named', text: BASE, line: null },
  { rule: 'governance/stakeholder-owners', name: 'fails without Legal, in stakeholders', text: edit(BASE, '  legal: { owner: Lena Ortiz }\n', ''), line: lineOf(BASE, 'stakeholders:') },
  { rule: 'governance/stakeholder-owners', name: 'fails without stakeholders, at the top of the file', text: BASE.replace(/stakeholders:\n(?: {2}.*\n)+/, ''), line: 1 },
  { rule: 'governance/approved-signoffs', name: 'does not apply to a draft', text: BASE, line: null },
  { rule: 'governance/approved-signoffs', name: 'passes when approved and all five signed', text: APPROVED + signoffs(...ALL_SIGNED), line: null },
  {
    rule: 'governance/approved-signoffs',
    name: 'fails when approved and Records rejected',
    text: APPROVED + signoffs(...ALL_SIGNED.map(([s]): [string, string] => [s, s === 'records' ? 'rejected' : 'approved-with-conditions'])),
    line: BASE.split('\n').length,
  },
  { rule: 'governance/approved-signoffs', name: 'fails when approved with no sign-offs, at the top of the file', text: APPROVED, line: 1 },
];

describe('strategy checklist', () => {
  tableTest('strategy', cases);

  it('fills the message from the item', () => {
    const [finding] = findings(edit(BASE, ' unit: hours, cadence: weekly, source: Inbox report', ''), 'measurement/kpi-complete');
    expect(finding).toMatchObject({
      message: 'Quantitative KPI first-reply has no unit, cadence, source.',
      initiative: 'care',
      severity: 'warning',
      reference: '"CIO as Chief Influencer" (2013)',
    });
  });

  it('names the missing stakeholder owners', () => {
    const [finding] = findings(edit(BASE, '  legal: { owner: Lena Ortiz }\n  records: { owner: Omar Haddad }\n', ''), 'governance/stakeholder-owners');
    expect(finding).toMatchObject({
      message: 'Strategy Strategy base names no owner for some core stakeholders (missing: legal.owner, records.owner).',
      severity: 'error',
    });
  });
});
