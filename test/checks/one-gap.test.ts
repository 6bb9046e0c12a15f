import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/checks/engine/run-rules.js';
import { BUILT_IN_CHECKLISTS, builtInRule } from '../../src/checks/ruleset/checklists/index.js';
import type { BuiltInRuleId } from '../../src/checks/ruleset/checklists/index.js';
import { parseStrategy } from '../../src/model/parse.js';
import { edit, ROOT } from '../helpers.js';

/**
 * One gap, one finding: where two checklists ask for the same thing, the rule that says it in its own
 * law's terms reports it, naming every owner, and the general rule that `yieldsTo` it stays silent there.
 * Every built-in rule runs, so a second finding for the gap would show.
 */
const ALL = BUILT_IN_CHECKLISTS.flatMap((c) => c.rules.map((r) => builtInRule(r.id as BuiltInRuleId)));
const AS_OF = '2026-12-07';

const BROKER = readFileSync(join(ROOT, 'test', 'fixtures', 'policies', 'us-broker-dealer.yaml'), 'utf8').replace(
  'status: draft',
  'status: draft\nstakeholders:\n  compliance: { owner: Katherine Johnson, role: CCO }\n  records: { owner: Rosalind Franklin, role: Records Manager }\n  hr: { owner: Mary Jackson, role: HR Director }\n  legal: { owner: Grace Hopper, role: General Counsel }\n  communications: { owner: Dorothy Vaughan, role: Communications }',
);

function found(text: string) {
  const result = parseStrategy('case.yaml', text);
  if (!result.loaded) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return runRules(result.loaded.data, ALL, { asOf: AS_OF });
}

const ids = (text: string) => found(text).map((f) => f.ruleId);

describe('one gap, one finding', () => {
  it('as written, the broker-dealer captures its direct messages and names an archiver', () => {
    expect(ids(BROKER)).not.toContain('compliance/dm-capture');
    expect(ids(BROKER)).not.toContain('compliance/capture-before-use');
  });

  it('direct messages left out of capture: compliance/dm-capture names Compliance and Records; records/capture-tested is silent', () => {
    const text = edit(BROKER, 'edits, deletions, direct-messages]', 'edits, deletions]');
    const all = found(text);
    const dm = all.filter((f) => f.ruleId === 'compliance/dm-capture');
    expect(dm).toHaveLength(1);
    expect(dm[0]!.message).toContain('Compliance (Katherine Johnson) and Records (Rosalind Franklin)');
    expect(all.map((f) => f.ruleId)).not.toContain('records/capture-tested');
  });

  it('records/capture-tested still reports what no other rule does: a capture never tested', () => {
    const text = edit(BROKER, ', captureTestedOn: 2026-05-20', '');
    expect(ids(text)).toContain('records/capture-tested');
    expect(ids(text)).not.toContain('compliance/dm-capture');
  });

  it('no archiver at a broker-dealer: compliance/capture-before-use alone, records/capture-method silent', () => {
    const text = edit(BROKER, '               archiver: Smarsh, captures:', '               captures:');
    const all = ids(text);
    expect(all.filter((id) => id === 'compliance/capture-before-use')).toHaveLength(1);
    expect(all).not.toContain('records/capture-method');
    // Outside FIN and RIA, the records rule is the one that asks.
    expect(ids(edit(text, 'regulatoryTags: [FIN]', 'regulatoryTags: [PUBCO]'))).toContain('records/capture-method');
  });

  it('rewarded employee posts without disclosure: compliance/material-connection-disclosure names HR too; hr/advocacy-incentives-disclosed is silent', () => {
    const text = edit(
      BROKER,
      '    personalData:\n',
      '    endorsements: { employeeAdvocacy: true, advocacyVoluntary: true, incentivised: true, disclosureInPost: false }\n    personalData:\n',
    );
    const all = found(text);
    const disclosure = all.filter((f) => f.ruleId === 'compliance/material-connection-disclosure');
    expect(disclosure).toHaveLength(1);
    expect(disclosure[0]!.message).toContain('HR (Mary Jackson)');
    expect(all.map((f) => f.ruleId)).not.toContain('hr/advocacy-incentives-disclosed');
  });

  it('a UK council without alt text: legal/uk-accessible-posts alone, as an error, naming Communications', () => {
    const council = edit(
      edit(edit(BROKER, 'regulatoryTags: [FIN]', 'regulatoryTags: [GOV]'), 'jurisdictions: [US]', 'jurisdictions: [GB]'),
      '    personalData:\n',
      '    accessibility: { altText: false, captions: true }\n    personalData:\n',
    );
    const all = found(council);
    const uk = all.filter((f) => f.ruleId === 'legal/uk-accessible-posts');
    expect(uk).toHaveLength(1);
    expect(uk[0]!.severity).toBe('error');
    expect(uk[0]!.message).toContain('Communications (Dorothy Vaughan)');
    expect(all.map((f) => f.ruleId)).not.toContain('communications/alt-text-captions');
  });

  it('a rule yields only to a finding at least as severe: the more serious finding is never dropped', () => {
    // Outside the UK there is nothing to yield to: the communications rule reports the gap.
    const us = edit(BROKER, '    personalData:\n', '    accessibility: { altText: false, captions: true }\n    personalData:\n');
    expect(ids(us)).toContain('communications/alt-text-captions');
  });
});

describe('yieldsTo and sharedWith in the built-in checklists', () => {
  const rules = new Map(ALL.map((r) => [r.id as string, r]));
  const yielding = ALL.filter((r) => r.yieldsTo);

  it('some rules yield, and each names rules that exist', () => {
    expect(yielding.length).toBeGreaterThanOrEqual(4);
    for (const rule of yielding) for (const id of rule.yieldsTo!) expect(rules.has(id), `${rule.id} yields to ${id}`).toBe(true);
  });

  it('the rule yielded to names the yielding rule’s owner, so no stakeholder loses the finding from their brief', () => {
    for (const rule of yielding) {
      for (const id of rule.yieldsTo!) {
        const other = rules.get(id)!;
        const owners = [other.stakeholder, ...(other.sharedWith ?? [])];
        expect(owners, `${id} should name ${rule.stakeholder}, for ${rule.id}`).toContain(rule.stakeholder);
      }
    }
  });
});
