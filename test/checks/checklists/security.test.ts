import { describe, expect, it } from 'vitest';
import { edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per security rule, in the ESLint manner: a strategy that passes, then each case breaks
 * (or switches on) one thing and names the line the finding must point at.
 */
const BASE = `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: security-base
  title: Security base
  organization: Example plc
  jurisdictions: [US]
  owner: { name: Ada Lovelace, role: CIO }
  version: 1.0.0
  status: draft
alignment:
  businessGoals: [{ id: BG1, statement: Serve customers. }]
  itObjectives: [{ id: IT1, statement: Be where customers are., supports: [BG1] }]
initiatives:
  - id: care
    name: Customer care
    scope: external
    stage: pilot
    supports: [IT1]
    platforms: [facebook]
    personalData:
      lawfulBasis: legitimate-interests
  - id: hub
    name: Engineering hub
    scope: internal
    stage: run
    supports: [IT1]
    platforms: [teams]
    personalData:
      lawfulBasis: legitimate-interests
platforms:
  - id: facebook
    name: Facebook page
    mfa: true
    linkedEmailMfa: true
    credentials: vault
    admins: 3
    personalAdmins: false
  - id: teams
    name: Teams communities
    hosting: saas
    mfa: true
    linkedEmailMfa: true
tools:
  - { name: Hootsuite, kind: scheduler, vetted: true, oauthScopes: least-privilege, platforms: [facebook] }
  - name: Smarsh
    kind: archiver
    vetted: true
    oauthScopes: least-privilege
governance:
  crisis: { playbook: CRISIS-1, accountTakeover: true }
  accessReview:
    cadence: quarterly
    offboarding: true
`;


const facebook = lineOf(BASE, '- id: facebook');
const teams = lineOf(BASE, '- id: teams');
const hootsuite = lineOf(BASE, '- { name: Hootsuite');
/** The Facebook platform used only by the internal initiative, so external-only rules have nothing to look at. */
const INTERNAL_ONLY = edit(BASE, '    scope: external\n', '    scope: internal\n');

const cases: RuleCase[] = [
  { rule: 'security/mfa', name: 'passes with MFA on accounts and linked e-mail', text: BASE, line: null },
  { rule: 'security/mfa', name: 'fails without MFA, at the field', text: edit(BASE, '    mfa: true\n', '    mfa: false\n'), line: lineOf(BASE, '    mfa: true') },
  { rule: 'security/mfa', name: 'fails when MFA is not stated, at the platform', text: edit(BASE, '    mfa: true\n', ''), line: facebook },
  { rule: 'security/mfa', name: 'fails without MFA on the linked e-mail', text: edit(BASE, '    linkedEmailMfa: true\n', '    linkedEmailMfa: false\n'), line: lineOf(BASE, '    linkedEmailMfa: true') },
  { rule: 'security/mfa', name: 'applies to internal platforms too', text: BASE.replace('    hosting: saas\n    mfa: true\n', '    hosting: saas\n'), line: teams },
  { rule: 'security/mfa', name: 'passes for a licensed platform reached through single sign-on', text: edit(BASE, '    hosting: saas\n    mfa: true\n    linkedEmailMfa: true\n', '    hosting: saas\n    sso: true\n    mfa: true\n'), line: null },
  { rule: 'security/mfa', name: 'fails for a public network with single sign-on but no MFA on the linked e-mail', text: edit(BASE, '    linkedEmailMfa: true\n', '    sso: true\n'), line: facebook },
  { rule: 'security/mfa', name: 'does not apply to a platform no initiative uses', text: edit(BASE, 'tools:\n', '  - { id: workvivo, name: Workvivo, hosting: saas }\ntools:\n'), line: null },
  { rule: 'security/mfa', name: 'does not apply to a platform only a retired initiative uses', text: edit(BASE.replace('    hosting: saas\n    mfa: true\n', '    hosting: saas\n'), '    stage: run\n', '    stage: retired\n'), line: null },
  { rule: 'security/credential-vault', name: 'passes with a vault', text: BASE, line: null },
  { rule: 'security/credential-vault', name: 'passes with platform roles', text: edit(BASE, 'credentials: vault', 'credentials: platform-roles'), line: null },
  { rule: 'security/credential-vault', name: 'fails with a shared password', text: edit(BASE, 'credentials: vault', 'credentials: shared-password'), line: lineOf(BASE, 'credentials: vault') },
  { rule: 'security/credential-vault', name: 'fails when not stated, at the platform', text: edit(BASE, '    credentials: vault\n', ''), line: facebook },
  { rule: 'security/credential-vault', name: 'does not apply to platforms of internal initiatives only', text: edit(INTERNAL_ONLY, 'credentials: vault', 'credentials: shared-password'), line: null },
  { rule: 'security/few-admins', name: 'passes with 3 admins, none personal', text: BASE, line: null },
  { rule: 'security/few-admins', name: 'passes with exactly 5', text: edit(BASE, 'admins: 3', 'admins: 5'), line: null },
  { rule: 'security/few-admins', name: 'fails with 6', text: edit(BASE, 'admins: 3', 'admins: 6'), line: lineOf(BASE, 'admins: 3') },
  { rule: 'security/few-admins', name: 'fails with a personal admin', text: edit(BASE, 'personalAdmins: false', 'personalAdmins: true'), line: lineOf(BASE, 'personalAdmins: false') },
  { rule: 'security/few-admins', name: 'does not apply to platforms of internal initiatives only', text: edit(INTERNAL_ONLY, 'admins: 3', 'admins: 40'), line: null },
  { rule: 'security/access-review', name: 'passes with a cadence', text: BASE, line: null },
  { rule: 'security/access-review', name: 'fails without one, at accessReview', text: edit(BASE, '    cadence: quarterly\n', ''), line: lineOf(BASE, 'accessReview:') },
  { rule: 'security/access-review', name: 'fails without governance, at the top of the file', text: BASE.replace(/governance:\n(?: {2}.*\n)+/, ''), line: 1 },
  { rule: 'security/offboarding', name: 'passes when offboarding revokes access', text: BASE, line: null },
  { rule: 'security/offboarding', name: 'fails when it does not', text: edit(BASE, 'offboarding: true', 'offboarding: false'), line: lineOf(BASE, 'offboarding: true') },
  { rule: 'security/offboarding', name: 'fails when not stated, at accessReview', text: edit(BASE, '    offboarding: true\n', ''), line: lineOf(BASE, 'accessReview:') },
  { rule: 'security/tool-vetted', name: 'passes with vetted tools', text: BASE, line: null },
  { rule: 'security/tool-vetted', name: 'fails for an unvetted scheduler', text: edit(BASE, 'kind: scheduler, vetted: true', 'kind: scheduler, vetted: false'), line: hootsuite },
  { rule: 'security/tool-vetted', name: 'fails when not stated, at the tool', text: edit(BASE, '    vetted: true\n', ''), line: lineOf(BASE, '- name: Smarsh') },
  { rule: 'security/tool-least-privilege', name: 'passes with least-privilege scopes', text: BASE, line: null },
  { rule: 'security/tool-least-privilege', name: 'fails with broad scopes', text: edit(BASE, '    oauthScopes: least-privilege\n', '    oauthScopes: broad\n'), line: lineOf(BASE, '    oauthScopes: least-privilege') },
  { rule: 'security/tool-least-privilege', name: 'fails with unknown scopes', text: edit(BASE, 'vetted: true, oauthScopes: least-privilege', 'vetted: true, oauthScopes: unknown'), line: hootsuite },
  { rule: 'security/account-takeover-scenario', name: 'passes with the scenario', text: BASE, line: null },
  { rule: 'security/account-takeover-scenario', name: 'fails without it, at crisis', text: edit(BASE, ', accountTakeover: true', ''), line: lineOf(BASE, 'crisis:') },
  { rule: 'security/account-takeover-scenario', name: 'fails with no crisis plan, at governance', text: edit(BASE, '  crisis: { playbook: CRISIS-1, accountTakeover: true }\n', ''), line: lineOf(BASE, 'governance:') },
  { rule: 'security/account-takeover-scenario', name: 'does not apply without external initiatives', text: edit(INTERNAL_ONLY, ', accountTakeover: true', ''), line: null },
  { rule: 'security/account-takeover-scenario', name: 'does not apply when the external initiative is retired', text: edit(edit(BASE, '    stage: pilot\n', '    stage: retired\n'), ', accountTakeover: true', ''), line: null },
];

describe('security checklist', () => {
  tableTest('security', cases);

  it('fills the message from the item', () => {
    const [finding] = findings(edit(BASE, 'credentials: vault', 'credentials: shared-password'), 'security/credential-vault');
    expect(finding).toMatchObject({
      message: 'Platform Facebook page does not keep its credentials in a vault or the platform’s role system.',
      severity: 'warning',
    });
    const [mfa] = findings(edit(BASE, '    mfa: true\n', ''), 'security/mfa');
    expect(mfa).toMatchObject({ severity: 'error', reference: 'CISA, Capacity Enhancement Guide: Social Media Account Protection (enforce MFA)' });
    const [tool] = findings(edit(BASE, '    oauthScopes: least-privilege\n', '    oauthScopes: broad\n'), 'security/tool-least-privilege');
    expect(tool!.message).toBe('Tool Smarsh (archiver) does not hold least-privilege OAuth scopes on the platforms.');
  });
});
