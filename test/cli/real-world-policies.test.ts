import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

/**
 * Strategies shaped on published social media policies of a US city, a US broker-dealer and a UK NHS trust:
 * each must draw the findings its own law gives and none that only another jurisdiction's or sector's law gives.
 */
const AS_OF = ['--as-of', '2026-12-06'];
/** Every checklist, the optional Security and HR ones included, so that an absence is not just a checklist left off. */
const ALL = ['--stakeholder', 'privacy,compliance,legal,records,communications,security,hr,strategy,conflicts'];

interface Finding {
  ruleId: string;
  severity: string;
  line?: number;
}

function findings(file: string): Finding[] {
  const run = runCli(['check', `test/fixtures/policies/${file}`, '--format', 'json', ...AS_OF, ...ALL]);
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.status);
  const report = JSON.parse(run.stdout) as { files: Array<{ valid: boolean; diagnostics: Finding[] }> };
  expect(report.files[0]!.valid).toBe(true);
  return report.files[0]!.diagnostics;
}

const ids = (list: Finding[]) => new Set(list.map((f) => f.ruleId));

interface RuleInfo {
  id: string;
  appliesTo?: { jurisdictions?: string[]; tags?: string[]; exceptTags?: string[] };
}
const catalogue = JSON.parse(runCli(['checklists', '--format', 'json']).stdout) as { rules: RuleInfo[] };
const where = (test: (jurisdictions: string[]) => boolean) =>
  catalogue.rules.filter((r) => r.appliesTo?.jurisdictions && test(r.appliesTo.jurisdictions)).map((r) => r.id);
/** Rules that rest on EU or UK law only (GDPR, UK GDPR, ePrivacy, PECR, the DSA, the Online Safety Act ...). */
const EU_UK = where((j) => j.every((code) => code === 'EEA' || code === 'EU' || code === 'UK'));
/** Rules that rest on US federal or state law only. */
const US_ONLY = where((j) => j.every((code) => code === 'US' || code.startsWith('US-')));

describe('the rules these cases name', () => {
  it('all exist, so that an absence below means something', () => {
    const known = new Set(catalogue.rules.map((r) => r.id));
    const named = ['privacy/lawful-basis', 'privacy/joint-controller', 'privacy/no-phi', 'legal/legal-hold', 'legal/nlra-policy-review', 'hr/concerted-activity', 'privacy/coppa-plan', 'compliance/fake-engagement-banned', 'legal/sentiment-neutral-moderation', 'legal/government-moderation', 'legal/public-content-unedited', 'legal/open-meetings', 'records/broker-dealer-retention', 'compliance/capture-before-use', 'records/capture-method', 'records/capture-tested', 'legal/hold-export', 'compliance/representative-accounts', 'privacy/special-category-condition', 'privacy/data-protection-officer', 'privacy/record-of-processing', 'records/nhs-schedule', 'legal/uk-accessible-posts'];
    expect(named.filter((id) => !known.has(id))).toEqual([]);
    expect(EU_UK).toEqual(expect.arrayContaining(['privacy/lawful-basis', 'privacy/joint-controller', 'privacy/special-category-condition']));
    expect(US_ONLY).toEqual(expect.arrayContaining(['privacy/no-phi', 'legal/legal-hold', 'legal/nlra-policy-review', 'privacy/coppa-plan']));
  });
});

describe('a US city (GOV; US, US-OH)', () => {
  const found = findings('us-city.yaml');
  const rules = ids(found);

  it('draws no GDPR, ePrivacy, NLRA, COPPA or 16 CFR 465 finding', () => {
    expect(EU_UK.filter((id) => rules.has(id))).toEqual([]);
    for (const id of ['privacy/coppa-plan', 'privacy/coppa-2025-amendments', 'legal/nlra-policy-review', 'hr/concerted-activity', 'compliance/fake-engagement-banned', 'legal/sentiment-neutral-moderation']) {
      expect(rules, id).not.toContain(id);
    }
  });

  it('draws the findings a government account owes the public', () => {
    for (const id of ['legal/government-moderation', 'legal/public-content-unedited', 'legal/open-meetings']) expect(rules, id).toContain(id);
  });
});

describe('a US broker-dealer (FIN; US) keeping communications 3 years on WORM storage', () => {
  const found = findings('us-broker-dealer.yaml');
  const rules = ids(found);

  it('draws no retention error, and no GDPR finding on a US-only firm', () => {
    expect(rules).not.toContain('records/broker-dealer-retention');
    expect(EU_UK.filter((id) => rules.has(id))).toEqual([]);
  });

  it('accepts its named archiver for capture, legal hold and export', () => {
    for (const id of ['compliance/capture-before-use', 'records/capture-method', 'records/capture-tested', 'legal/legal-hold', 'legal/hold-export']) {
      expect(rules, id).not.toContain(id);
    }
  });

  it('accepts a principal’s approval of each representative account, with no annual attestation', () => {
    expect(rules).not.toContain('compliance/representative-accounts');
  });

  it('still draws the Endorsement and review rules a business owes (16 CFR 465)', () => {
    expect(rules).toContain('legal/sentiment-neutral-moderation');
  });
});

describe('a UK NHS trust (HC; GB)', () => {
  const found = findings('uk-nhs-trust.yaml');
  const rules = ids(found);

  it('draws no US-law finding (HIPAA, FRCP 37(e), NLRA, 16 CFR 465, state contest law)', () => {
    expect(US_ONLY.filter((id) => rules.has(id))).toEqual([]);
  });

  it('draws the UK GDPR and NHS findings its own law gives', () => {
    const errors = found.filter((f) => f.severity === 'error').map((f) => f.ruleId);
    expect(errors).toContain('privacy/special-category-condition');
    for (const id of ['privacy/joint-controller', 'privacy/data-protection-officer', 'privacy/record-of-processing', 'records/nhs-schedule', 'legal/uk-accessible-posts']) {
      expect(rules, id).toContain(id);
    }
  });
});
