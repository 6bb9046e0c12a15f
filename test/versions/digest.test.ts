import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/checks/engine/run-rules.js';
import type { Rule } from '../../src/checks/engine/rule.js';
import { buildRuleSet } from '../../src/checks/ruleset/rule-set.js';
import { parseStrategy } from '../../src/model/parse.js';
import type { Strategy } from '../../src/model/schema/strategy.js';
import { canonical, digest, rulesFor, signedContent, signedEvidence, signedFields } from '../../src/governance/digest.js';
import { edit, MINIMAL, ROOT } from '../helpers.js';

/**
 * What a stakeholder signs: the fields their checklist reads (conflict rules included), projected so
 * that list order and key order do not count, hashed. Everything else may change under a sign-off.
 */

const PORTFOLIO = readFileSync(join(ROOT, 'examples', 'portfolio.yaml'), 'utf8');
const ALL = buildRuleSet().all;
const CORE = ['privacy', 'compliance', 'legal', 'records', 'communications'] as const;
const STAKEHOLDERS = [...CORE, 'security', 'hr'] as const;

function load(text: string): Strategy {
  const result = parseStrategy('strategy.yaml', text);
  if (!result.loaded) throw new Error(result.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return result.loaded.data;
}

const BASE = load(PORTFOLIO);

/** Each stakeholder's digest of a strategy. */
function digests(strategy: Strategy): Record<string, string> {
  return Object.fromEntries(STAKEHOLDERS.map((s) => [s, digest(strategy, rulesFor(ALL, s))]));
}

/** The stakeholders whose digest differs between the portfolio and the portfolio edited. */
function affected(text: string): string[] {
  const [before, after] = [digests(BASE), digests(load(text))];
  return STAKEHOLDERS.filter((s) => before[s] !== after[s]);
}

function rule(partial: Partial<Rule>): Rule {
  return { id: 'test/rule', stakeholder: 'test', severity: 'warning', given: '$', message: 'x', then: { field: 'metadata.name', function: 'defined' }, ...partial } as Rule;
}

describe('rulesFor and signedFields', () => {
  it.each(STAKEHOLDERS)('%s has rules of its own and reads fields', (stakeholder) => {
    const rules = rulesFor(ALL, stakeholder);
    expect(rules.filter((r) => r.stakeholder === stakeholder).length).toBeGreaterThan(5);
    expect(rules.every((r) => r.stakeholder === stakeholder || r.between?.includes(stakeholder) || r.sharedWith?.includes(stakeholder))).toBe(true);
    const fields = signedFields(rules);
    expect(fields.length).toBeGreaterThan(10);
    for (const f of fields) expect(f).toMatch(/^\$\.[a-zA-Z]/);
    expect([...fields].sort()).toEqual(fields);
  });

  it('gives a gap shared by two owners to both: legal/legal-hold is in Legal’s and Records’ rules, and both sign what it reads', () => {
    for (const stakeholder of ['legal', 'records']) {
      const rules = rulesFor(ALL, stakeholder);
      expect(rules.map((r) => r.id)).toContain('legal/legal-hold');
      expect(signedFields(rules)).toContain('$.platforms[*].legalHold');
    }
    expect(rulesFor(ALL, 'privacy').map((r) => r.id)).not.toContain('legal/legal-hold');
  });

  it('takes every rule of a stakeholder, enabled or not: security and hr are optional but sign all the same', () => {
    const enabled = buildRuleSet().rules;
    expect(enabled.some((r) => r.stakeholder === 'security')).toBe(false);
    expect(rulesFor(ALL, 'security').length).toBeGreaterThan(0);
  });

  it('gives each side of a conflict the conflict rules it is named in, and nobody else', () => {
    const conflictIds = (s: string) => rulesFor(ALL, s).filter((r) => r.stakeholder === 'conflicts').map((r) => r.id).sort();
    expect(conflictIds('records')).toEqual(['conflicts/auto-delete-platform', 'conflicts/ephemeral-vs-retention']);
    expect(conflictIds('communications')).toEqual(['conflicts/auto-delete-platform', 'conflicts/ephemeral-vs-retention']);
    expect(conflictIds('privacy')).toEqual(['conflicts/erasure-vs-legal-hold']);
    expect(conflictIds('legal')).toEqual(['conflicts/erasure-vs-legal-hold']);
    expect(conflictIds('compliance')).toEqual([]);
  });

  it('reads the privacy fields the brief names, and not the names of initiatives or the success text', () => {
    const privacy = signedFields(rulesFor(ALL, 'privacy'));
    expect(privacy).toContain('$.initiatives[*].personalData.ropaId');
    expect(privacy).toContain('$.initiatives[*].personalData.dpia.status');
    expect(privacy).toContain('$.platforms[*].dataResidency');
    for (const s of STAKEHOLDERS) {
      const fields = signedFields(rulesFor(ALL, s));
      expect(fields).not.toContain('$.initiatives[*].name');
      expect(fields.some((f) => f.startsWith('$.alignment.successAt12Months'))).toBe(false);
    }
  });

  it('never signs the sign-offs or the bookkeeping of versions, even when a rule reads them', () => {
    const reads = [
      rule({ then: [{ field: 'signoffs', function: 'defined' }, { field: 'metadata.status', function: 'equals', value: 'approved' }] }),
      rule({ given: 'metadata.history[*]', then: { field: 'summary', function: 'defined' } }),
      rule({ then: [{ field: 'metadata.version', function: 'defined' }, { field: 'metadata.versionNote', function: 'defined' }, { field: 'metadata.name', function: 'defined' }] }),
    ];
    expect(signedFields(reads)).toEqual(['$.metadata.name', '$.metadata.versionNote']);
  });

  // NOT_SIGNED drops a read path equal to or under $.metadata.version (and the others), but not one
  // above it: an organisation's rule that reads `metadata` (or the whole document) as a whole signs
  // the version, status and history too, so every `socialplan bump` makes the sign-off stale, and with
  // `$` a sign-off is stale the moment it is appended to `signoffs`.
  it.each([
    ['metadata as a whole', rule({ then: { field: 'metadata', function: 'defined' } })],
    ['the whole document', rule({ then: { function: 'defined' } })],
  ])('a custom rule reading %s still does not sign the version, status, history or sign-offs', (_, custom) => {
    const before = load(MINIMAL);
    let text = edit(MINIMAL, '  version: 0.1.0\n  status: draft\n', '  version: 0.2.0\n  status: in-review\n  history:\n    - { version: 0.2.0, date: 2026-11-25, author: Ada Lovelace, summary: Bumped. }\n');
    text = `${text}signoffs:\n  - { stakeholder: privacy, by: Ada Lovelace, date: 2026-11-25, decision: approved }\n`;
    const after = load(text);
    expect(after.metadata.status).toBe('in-review');
    expect(digest(after, [custom])).toBe(digest(before, [custom]));
  });
});

describe('digest', () => {
  it('is sha256 over the canonical JSON of exactly what is read', () => {
    const strategy = load(MINIMAL);
    const rules = [rule({ then: [{ field: 'metadata.name', function: 'defined' }, { field: 'metadata.owner.name', function: 'defined' }] })];
    expect(signedContent(strategy, rules)).toEqual({ '$.metadata.name': 'minimal', '$.metadata.owner.name': 'Ada Lovelace' });
    const expected = createHash('sha256').update('{"$.metadata.name":"minimal","$.metadata.owner.name":"Ada Lovelace"}').digest('hex');
    expect(digest(strategy, rules)).toBe(`sha256:${expected}`);
  });

  it('keys lists of items with ids by id, so the content is the same whatever the order', () => {
    const content = signedContent(BASE, rulesFor(ALL, 'privacy'));
    expect(content['$.initiatives[*].personalData.ropaId']).toEqual({
      'expert-network': 'ROPA-IT-044',
      'shift-connect': 'ROPA-HR-031',
      'consumer-care': 'ROPA-CX-012',
      'careers-voices': 'ROPA-HR-036',
      'family-forum': 'ROPA-CX-019 (draft)',
    });
    expect((content['$.platforms[*].dataResidency'] as Record<string, unknown>)['workvivo']).toEqual(['EU']);
  });

  it('writes canonical JSON with keys sorted at every level and absent values left out', () => {
    expect(canonical({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"z":1}]},"b":1}');
    expect(canonical({ a: 1, b: 2 })).toBe(canonical({ b: 2, a: 1 }));
    expect(canonical([3, 1, 2])).not.toBe(canonical([1, 2, 3]));
  });

  it('is the same for the same file parsed twice, and a well-formed digest', () => {
    const again = load(PORTFOLIO);
    for (const s of STAKEHOLDERS) {
      const d = digest(BASE, rulesFor(ALL, s));
      expect(d).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(digest(again, rulesFor(ALL, s))).toBe(d);
    }
    expect(new Set(Object.values(digests(BASE))).size).toBe(STAKEHOLDERS.length);
  });

  it('does not care how the YAML is written: key order, flow or block, quotes, comments', () => {
    const flow = `  - { id: workvivo, name: Workvivo (Shift Connect), vendor: Workvivo by Zoom, hosting: saas,
      dataResidency: [EU], transferMechanism: eu-us-dpf, sso: true, mfa: true, credentials: platform-roles, admins: 3,
      accountOwner: Marcus Delgado (SVP Global Operations), companyOwned: true,
      approvalWorkflow: Site communicators post; safety alerts approved by the plant EHS lead,
      retention: configured, export: true, eDiscovery: true, legalHold: true, archiverConnector: false }
`;
    const block = `  # the same platform, keys in another order, in block style and quoted
  - archiverConnector: false
    legalHold: true
    eDiscovery: true
    export: true
    retention: "configured"
    approvalWorkflow: 'Site communicators post; safety alerts approved by the plant EHS lead'
    companyOwned: true
    accountOwner: Marcus Delgado (SVP Global Operations)
    admins: 3
    credentials: platform-roles
    mfa: true
    sso: true
    transferMechanism: eu-us-dpf
    dataResidency:
      - EU   # Dublin
    hosting: saas
    vendor: Workvivo by Zoom
    name: "Workvivo (Shift Connect)"
    id: workvivo
`;
    const strategy = load(edit(PORTFOLIO, flow, block));
    expect(strategy.platforms?.find((p) => p.id === 'workvivo')).toEqual(BASE.platforms?.find((p) => p.id === 'workvivo'));
    expect(digests(strategy)).toEqual(digests(BASE));
  });

  it.each([
    ['family-forum ropaId', 'ropaId: ROPA-CX-019 (draft)', 'ropaId: ROPA-CX-019'],
    ['a DPIA status', 'dpia: { required: true, status: not-started }', 'dpia: { required: true, status: in-progress }'],
    ['a platform’s data residency', 'dataResidency: [EU], transferMechanism: eu-us-dpf', 'dataResidency: [EU, US], transferMechanism: eu-us-dpf'],
    ['the strategy’s jurisdictions', 'jurisdictions: [US, US-CA, EU, GB]', 'jurisdictions: [US, US-CA, GB]'],
  ])('changes Privacy’s digest when %s changes', (_, find, replace) => {
    expect(affected(edit(PORTFOLIO, find, replace))).toContain('privacy');
  });

  it.each([
    ['the success text', 'Experts answer each other within a working day', 'Experts answer one another within a working day'],
    ['an initiative’s name', 'name: SmileSteps family community', 'name: SmileSteps parents community'],
    ['the business problem', 'Our growth plan needs faster launches', 'Our growth plan needs quicker launches'],
    ['a KPI baseline nobody checks', 'baseline: 31, target: 8, unit: hours', 'baseline: 33, target: 8, unit: hours'],
  ])('leaves every stakeholder’s digest when %s changes, a field nobody reads', (_, find, replace) => {
    expect(affected(edit(PORTFOLIO, find, replace))).toEqual([]);
  });

  describe('evidence next to a signed answer', () => {
    const EVIDENCE = 'evidence: { captureTestedOn: { document: "CT-2026-05 capture test'
    const readers = STAKEHOLDERS.filter((s) => signedFields(rulesFor(ALL, s)).some((f) => f === '$.initiatives[*].records.captureTestedOn' || f === '$.initiatives[*].records'));

    it('is signed by exactly the stakeholders who read the answer it backs', () => {
      expect(PORTFOLIO).toContain(EVIDENCE);
      expect(readers).toContain('records');
      expect(signedEvidence(rulesFor(ALL, 'records'))).toContain('$.initiatives[*].records.evidence.captureTestedOn');
      expect(affected(edit(PORTFOLIO, 'owner: Records Management, date: 2026-05-12', 'owner: Records Management, date: 2026-05-13'))).toEqual(readers);
      expect(affected(edit(PORTFOLIO, 'found in the archive"', 'found in the archive, DMs not tested"'))).toEqual(readers);
    });

    it('stales the readers’ sign-off when it is taken away, and is part of what signedContent shows them', () => {
      const block = PORTFOLIO.slice(PORTFOLIO.indexOf(',\n               # What backs an answer'), PORTFOLIO.indexOf('date: 2026-05-12 } } }') + 'date: 2026-05-12 } } }'.length);
      const without = edit(PORTFOLIO, block, ' }');
      expect(without).not.toContain(EVIDENCE);
      expect(affected(without)).toEqual(readers);
      expect(signedContent(BASE, rulesFor(ALL, 'records'))['$.initiatives[*].records.evidence.captureTestedOn']).toMatchObject({ 'expert-network': { owner: 'Records Management', date: '2026-05-12' } });
    });

    it('leaves every digest when a strategy records none: an empty evidence map signs as no evidence', () => {
      expect(affected(edit(PORTFOLIO, 'captureTestedOn: 2026-09-22, legalHold: true, erasureReconciled: true }', 'captureTestedOn: 2026-09-22, legalHold: true, erasureReconciled: true, evidence: {} }'))).toEqual([]);
      expect(signedContent(BASE, rulesFor(ALL, 'legal'))).not.toHaveProperty('$.initiatives[*].records.evidence.captureMethod');
    });
  });

  it('changes only the digests of the stakeholders who read a field: crisis response time is Communications’', () => {
    expect(affected(edit(PORTFOLIO, 'responseMinutes: 30', 'responseMinutes: 20'))).toEqual(['communications']);
  });

  it('leaves every digest when the initiatives, platforms, KPIs or policies are reordered (as data)', () => {
    const reversed: Strategy = {
      ...BASE,
      initiatives: [...BASE.initiatives].reverse().map((i) => ({ ...i, ...(i.kpis ? { kpis: [...i.kpis].reverse() } : {}) })),
      platforms: [...BASE.platforms!].reverse(),
    };
    expect(reversed.initiatives[0]!.id).toBe('family-forum');
    expect(digests(reversed)).toEqual(digests(BASE));
  });

  it('leaves every digest when two initiatives swap places in the file', () => {
    const start = PORTFOLIO.indexOf('  - id: expert-network');
    const middle = PORTFOLIO.indexOf('  - id: shift-connect');
    const end = PORTFOLIO.indexOf('  - id: consumer-care');
    const swapped = PORTFOLIO.slice(0, start) + PORTFOLIO.slice(middle, end) + PORTFOLIO.slice(start, middle) + PORTFOLIO.slice(end);
    const strategy = load(swapped);
    expect(strategy.initiatives.map((i) => i.id).slice(0, 2)).toEqual(['shift-connect', 'expert-network']);
    expect(digests(strategy)).toEqual(digests(BASE));
  });

  it('leaves every digest when sign-offs, the version, the status or the history change', () => {
    const signed = `${PORTFOLIO}signoffs:\n  - { stakeholder: privacy, by: Sinéad Gallagher, date: 2026-11-25, decision: approved, version: 2.3.1, digest: "${digest(BASE, rulesFor(ALL, 'privacy'))}" }\n`;
    let text = edit(signed, '  version: 2.3.1\n  status: in-review', '  version: 3.0.0-rc.1\n  status: approved');
    text = edit(text, '  history:\n', '  history:\n    - { version: 3.0.0-rc.1, date: 2026-11-26, author: Someone Else, summary: Release candidate. }\n');
    const strategy = load(text);
    expect(strategy.metadata.status).toBe('approved');
    expect(strategy.signoffs).toHaveLength(1);
    expect(digests(strategy)).toEqual(digests(BASE));
  });

  it('counts the conflict rules for both sides: ephemeral content is read by Records and Communications only through them', () => {
    const text = edit(
      PORTFOLIO,
      'content: { ephemeral: true, materialInformation: false, channelAnnouncedToInvestors: false }',
      'content: { ephemeral: false, materialInformation: false, channelAnnouncedToInvestors: false }',
    );
    expect(affected(text)).toEqual(['records', 'communications']);
    // their own checklists do not read content.ephemeral: it is the conflict rule that makes the difference
    const own = (s: string) => ALL.filter((r) => r.stakeholder === s);
    for (const s of ['records', 'communications']) expect(digest(load(text), own(s))).toBe(digest(BASE, own(s)));
  });

  it('counts the erasure-vs-legal-hold conflict for Privacy and Legal', () => {
    const text = edit(PORTFOLIO, 'legalHold: true, erasureReconciled: true,\n               # What backs an answer', 'legalHold: true, erasureReconciled: false,\n               # What backs an answer');
    expect(affected(text)).toEqual(expect.arrayContaining(['privacy', 'legal']));
    const own = (s: string) => ALL.filter((r) => r.stakeholder === s);
    expect(digest(load(text), own('privacy'))).toBe(digest(BASE, own('privacy')));
  });

  // governance.policies is a list with unique string ids, but Legal reads it whole
  // ($.governance.policies), and only lists reached through [*] are keyed by id: the order counts.
  it('reordering governance.policies (unique ids) leaves Legal’s digest', () => {
    const first = PORTFOLIO.indexOf('    - { id: social-use,');
    const second = PORTFOLIO.indexOf('    - { id: advocacy,');
    const third = PORTFOLIO.indexOf('    - { id: ae-reporting,');
    const swapped = PORTFOLIO.slice(0, first) + PORTFOLIO.slice(second, third) + PORTFOLIO.slice(first, second) + PORTFOLIO.slice(third);
    expect(load(swapped).governance?.policies?.map((p) => p.id)).toEqual(['advocacy', 'social-use', 'ae-reporting']);
    expect(affected(swapped)).toEqual([]);
  });

  // The engine checks a platform only when a live initiative uses it, but the digest does not read
  // initiatives[*].platforms for Privacy: a platform coming into use raises a Privacy finding while
  // the Privacy sign-off stays "current".
  it('a change that gives Privacy a new finding changes Privacy’s digest (an initiative starts using staffbase)', () => {
    const text = edit(PORTFOLIO, '    platforms: [viva-engage]\n', '    platforms: [viva-engage, staffbase]\n');
    const privacy = rulesFor(ALL, 'privacy');
    const findings = (s: Strategy) => runRules(s, privacy, { asOf: '2026-11-25' }).map((f) => f.ruleId);
    expect(findings(BASE)).toEqual([]);
    expect(findings(load(text))).toEqual(['privacy/transfer-mechanism']);
    expect(digest(load(text), privacy)).not.toBe(digest(BASE, privacy));
  });

  // Likewise the stage: a retired initiative is never checked, and Privacy does not read stage.
  it('bringing a retired initiative back changes the digest of a stakeholder who now has findings on it', () => {
    // In the UK, so the UK GDPR rules of the privacy checklist apply.
    const uk = edit(MINIMAL, '  organization: Example Ltd\n', '  organization: Example Ltd\n  jurisdictions: [GB]\n');
    const retired = edit(uk, 'stage: pilot', 'stage: retired');
    const privacy = rulesFor(ALL, 'privacy');
    const findings = (text: string) => runRules(load(text), privacy, { asOf: '2026-11-25' });
    expect(findings(retired)).toEqual([]);
    expect(findings(uk).length).toBeGreaterThan(0);
    expect(digest(load(uk), privacy)).not.toBe(digest(load(retired), privacy));
  });
});
