import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS, builtInRule, type BuiltInRuleId } from '../../src/checks/ruleset/checklists/index.js';
import { RuleSchema } from '../../src/checks/engine/rule.js';
import type { Diagnostic, Finding } from '../../src/model/diagnostic.js';
import { CODE_RULES, codeRule, report, type CodeRuleId, type RuleId } from '../../src/model/rules.js';

/**
 * Rule ids the compiler checks, as ESLint's rule meta: `npm test` type-checks this file, so each
 * `@ts-expect-error` below is an assertion that fails the build when the types let a wrong id through.
 */

describe('rule ids are typed', () => {
  it('a built-in id is one of the checklists’ literal ids; a typo does not compile', () => {
    const known: BuiltInRuleId = 'privacy/lawful-basis';
    // @ts-expect-error: no such built-in rule
    const typo: BuiltInRuleId = 'privacy/lawful-basic';
    expect(builtInRule(known).id).toBe('privacy/lawful-basis');
    expect(() => builtInRule(typo)).toThrow(/no built-in rule privacy\/lawful-basic/);
  });

  it('the union of built-in ids is every built-in rule, not any text with a slash', () => {
    type Wide = `${string}/${string}` extends BuiltInRuleId ? true : false;
    const wide: Wide = false;
    expect(wide).toBe(false);
    const ids: BuiltInRuleId[] = ['legal/legal-hold', 'records/capture-method', 'conflicts/erasure-vs-legal-hold', 'governance/approved-signoffs'];
    expect(ids.map((id) => builtInRule(id).id)).toEqual(ids);
  });

  it('a finding carries a rule id: a code rule’s by name, a checklist rule’s only from a rule', () => {
    const fromCode: Finding = { ruleId: 'yaml/syntax', severity: 'error', message: 'm', path: [] };
    // @ts-expect-error: a code rule that does not exist
    const unknownCode: Finding = { ruleId: 'yaml/sintax', severity: 'error', message: 'm', path: [] };
    // @ts-expect-error: a checklist rule id is made by the schema or a checklist, never from bare text
    const bare: Diagnostic = { ruleId: 'privacy/lawful-basis', severity: 'error', message: 'm', path: '', file: 'f', line: 1, column: 1 };
    const fromRule: Finding = { ruleId: builtInRule('privacy/lawful-basis').id, severity: 'error', message: 'm', path: [] };
    const parsed = RuleSchema.parse({ id: 'northwind/mfa', severity: 'error', given: '$', then: { field: 'x', function: 'defined' }, message: 'm' });
    const fromSchema: RuleId = parsed.id;
    expect([fromCode, unknownCode, bare, fromRule].map((f) => f.ruleId)).toEqual(['yaml/syntax', 'yaml/sintax', 'privacy/lawful-basis', 'privacy/lawful-basis']);
    expect(fromSchema).toBe('northwind/mfa');
  });

  it('built-in ids are unique across checklists and code rules', () => {
    const all = [...BUILT_IN_CHECKLISTS.flatMap((c) => c.rules.map((r) => r.id as string)), ...CODE_RULES.map((r) => r.id as string)];
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });
});

describe('messages by id (report)', () => {
  it('fills each placeholder of the message and of the fix as the finding gives it', () => {
    expect(report('waiver/expired', { rule: 'privacy/dpia', scope: ' for initiative care', expires: '2026-01-31', approvedBy: 'Ana Ruiz' })).toEqual({
      ruleId: 'waiver/expired',
      message: 'waiver of privacy/dpia for initiative care expired on 2026-01-31; its finding applies again',
      fix: 'Fix what privacy/dpia asks, or have Ana Ruiz renew the waiver with a new expiry date.',
    });
  });

  it('gives the documented fix when the rule has no fix of its own for the finding', () => {
    expect(report('waiver/unused', { rule: 'privacy/dpia', scope: '' }).fix).toBe(codeRule('waiver/unused').fix);
  });

  it('needs every placeholder and no other, and only ids whose rule has a message', () => {
    // Never called: the compiler's refusals are the assertions.
    const wrong = [
      // @ts-expect-error: approvedBy, which the fix names, is missing
      () => report('waiver/expired', { rule: 'r', scope: '', expires: '2026-01-31' }),
      // @ts-expect-error: no such placeholder
      () => report('waiver/unused', { rule: 'r', scope: '', reason: 'x' }),
      // @ts-expect-error: yaml/syntax has no message template: the parser words each one
      () => report('yaml/syntax', {}),
    ];
    expect(wrong).toHaveLength(3);
  });

  it('every template names only placeholders in {{word}} form, each closed', () => {
    for (const rule of CODE_RULES) {
      for (const template of ['message' in rule ? rule.message : '', 'fixHere' in rule ? rule.fixHere : '']) {
        expect(template.replace(/\{\{\w+\}\}/g, ''), rule.id).not.toMatch(/[{}]/);
      }
    }
  });

  it('a code rule is found by its id', () => {
    const id: CodeRuleId = 'signoff/stale';
    expect(codeRule(id).severity).toBe('warning');
  });
});
