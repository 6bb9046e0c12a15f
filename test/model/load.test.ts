import { describe, expect, it } from 'vitest';
import { parseStrategy } from '../../src/model/parse.js';
import { columnOf, edit, lineOf, MINIMAL } from '../helpers.js';

/**
 * A table test in the ESLint manner: each case breaks the minimal strategy in one way and names the
 * rule, the line and the column where the diagnostic must point.
 */
interface Case {
  name: string;
  text: string;
  ruleId: string;
  line: number;
  column: number;
  message: RegExp;
}

const personalData = lineOf(MINIMAL, 'personalData:');

const cases: Case[] = [
  {
    name: 'unknown key with a did-you-mean',
    text: edit(MINIMAL, 'lawfulBasis: legitimate', 'lawfullBasis: legitimate'),
    ruleId: 'schema/unknown-key',
    line: personalData + 1,
    column: 7,
    message: /unknown key "lawfullBasis" in initiatives\[0\]\.personalData; did you mean "lawfulBasis"\?/,
  },
  {
    name: 'unknown key far from any field',
    text: edit(MINIMAL, 'kind: SocialStrategy', 'kind: SocialStrategy\nbudgetCode: 42'),
    ruleId: 'schema/unknown-key',
    line: lineOf(MINIMAL, 'kind:') + 1,
    column: 1,
    message: /^unknown key "budgetCode" in the document$/,
  },
  {
    name: 'wrong type',
    text: edit(MINIMAL, 'version: 0.1.0', 'version: 1'),
    ruleId: 'schema/type',
    line: lineOf(MINIMAL, 'version: 0.1.0'),
    column: 12,
    message: /metadata\.version must be text, not a number \(1\)/,
  },
  {
    name: 'YAML 1.1 boolean spelling gets a hint',
    text: edit(MINIMAL, 'name: LinkedIn page }', 'name: LinkedIn page, mfa: yes }'),
    ruleId: 'schema/type',
    line: lineOf(MINIMAL, '- { id: linkedin'),
    column: columnOf(edit(MINIMAL, 'name: LinkedIn page }', 'name: LinkedIn page, mfa: yes }'), 'yes }'),
    message: /platforms\[0\]\.mfa must be true or false, not a string \("yes"\); YAML 1\.2 reads yes as text, so write true/,
  },
  {
    name: 'enum with a suggestion',
    text: edit(MINIMAL, 'scope: external', 'scope: externl'),
    ruleId: 'schema/enum',
    line: lineOf(MINIMAL, 'scope: external'),
    column: 12,
    message: /initiatives\[0\]\.scope must be one of "internal", "external", not a string \("externl"\); did you mean "external"\?/,
  },
  {
    name: 'missing required field points at the parent',
    text: edit(MINIMAL, '    stage: pilot\n', ''),
    ruleId: 'schema/required',
    line: lineOf(MINIMAL, '- id: care'),
    column: 5,
    message: /missing required field "stage" in initiatives\[0\]/,
  },
  {
    name: 'impossible date',
    text: edit(MINIMAL, 'status: draft', 'status: draft\n  reviewBy: 2027-02-30'),
    ruleId: 'schema/format',
    line: lineOf(MINIMAL, 'status: draft') + 1,
    column: 13,
    message: /metadata\.reviewBy must be a real date written YYYY-MM-DD, not a string \("2027-02-30"\)/,
  },
  {
    name: 'empty list where one item is needed',
    text: edit(MINIMAL, 'supports: [IT1]', 'supports: []'),
    ruleId: 'schema/range',
    line: lineOf(MINIMAL, 'supports: [IT1]'),
    column: 15,
    message: /initiatives\[0\]\.supports needs at least 1 item/,
  },
  {
    name: 'dangling reference with a suggestion',
    text: edit(MINIMAL, 'supports: [IT1]', 'supports: [IT2]'),
    ruleId: 'reference/unknown-id',
    line: lineOf(MINIMAL, 'supports: [IT1]'),
    column: 16,
    message: /"IT2" is not an IT objective in alignment\.itObjectives; did you mean "IT1"\?/,
  },
  {
    name: 'dangling platform reference',
    text: edit(MINIMAL, 'platforms: [linkedin]', 'platforms: [linkedin, mastodon]'),
    ruleId: 'reference/unknown-id',
    line: lineOf(MINIMAL, 'platforms: [linkedin]'),
    column: 27,
    message: /"mastodon" is not a platform in platforms \(known: linkedin\)/,
  },
  {
    name: 'duplicate id',
    text: edit(MINIMAL, "    - { id: BG1, statement: Serve customers faster. }", "    - { id: BG1, statement: Serve customers faster. }\n    - { id: BG1, statement: Again. }"),
    ruleId: 'reference/duplicate-id',
    line: lineOf(MINIMAL, '- { id: BG1') + 1,
    column: 7,
    message: /business goal "BG1" is declared twice; the first is alignment\.businessGoals\[0\]/,
  },
  {
    name: 'unsupported apiVersion',
    text: edit(MINIMAL, 'apiVersion: socialplan/v1', 'apiVersion: socialplan/v9'),
    ruleId: 'schema/api-version',
    line: lineOf(MINIMAL, 'apiVersion'),
    column: 13,
    message: /apiVersion "socialplan\/v9" is newer than this socialplan reads \(socialplan\/v1\): upgrade socialplan/,
  },
  {
    name: 'an older apiVersion',
    text: edit(MINIMAL, 'apiVersion: socialplan/v1', 'apiVersion: socialplan/v0'),
    ruleId: 'schema/api-version',
    line: lineOf(MINIMAL, 'apiVersion'),
    column: 13,
    message: /apiVersion "socialplan\/v0" is an older format; this socialplan reads socialplan\/v1: `socialplan migrate FILE` moves the file to it/,
  },
  {
    name: 'an apiVersion of another tool',
    text: edit(MINIMAL, 'apiVersion: socialplan/v1', 'apiVersion: apps/v1'),
    ruleId: 'schema/api-version',
    line: lineOf(MINIMAL, 'apiVersion'),
    column: 13,
    message: /apiVersion "apps\/v1" is not supported; this socialplan reads socialplan\/v1/,
  },
  {
    name: 'another kind',
    text: edit(MINIMAL, 'kind: SocialStrategy', 'kind: Checklist'),
    ruleId: 'schema/kind',
    line: lineOf(MINIMAL, 'kind:'),
    column: 7,
    message: /kind "Checklist" is not a strategy; expected SocialStrategy/,
  },
  {
    name: 'syntax error',
    text: edit(MINIMAL, 'status: draft', 'status: [draft'),
    ruleId: 'yaml/syntax',
    line: lineOf(MINIMAL, 'status: draft'),
    column: 11,
    message: /^this \[ list is not closed/,
  },
  {
    name: 'unclosed mapping inside a closed list points at the mapping',
    text: edit(MINIMAL, '  status: draft', '  status: draft\n  history: [{ version: 0.1.0 ]'),
    ruleId: 'yaml/syntax',
    line: lineOf(MINIMAL, 'status: draft') + 1,
    column: 13,
    message: /^this \{ mapping is not closed/,
  },
  {
    name: 'tab indentation',
    text: edit(MINIMAL, '  status: draft', '\tstatus: draft'),
    ruleId: 'yaml/syntax',
    line: lineOf(MINIMAL, 'status: draft'),
    column: 1,
    message: /tabs are not allowed as indentation/,
  },
  {
    name: 'duplicate key',
    text: edit(MINIMAL, '  status: draft', '  status: draft\n  status: approved'),
    ruleId: 'yaml/duplicate-key',
    line: lineOf(MINIMAL, 'status: draft') + 1,
    column: 3,
    message: /unique/,
  },
  {
    name: 'two documents',
    text: `${MINIMAL}---\nkind: SocialStrategy\n`,
    ruleId: 'yaml/multiple-documents',
    line: MINIMAL.split('\n').length,
    column: 1,
    message: /more than one YAML document/,
  },
  { name: 'empty file', text: '', ruleId: 'file/empty', line: 1, column: 1, message: /is empty/ },
  { name: 'only comments', text: '# nothing yet\n', ruleId: 'file/empty', line: 1, column: 1, message: /is empty/ },
  {
    name: 'top-level list',
    text: '- apiVersion: socialplan/v1\n',
    ruleId: 'schema/not-a-mapping',
    line: 1,
    column: 1,
    message: /holds a list at the top level/,
  },
  {
    name: 'top-level scalar',
    text: 'just some words\n',
    ruleId: 'schema/not-a-mapping',
    line: 1,
    column: 1,
    message: /holds a string at the top level/,
  },
  {
    name: 'missing apiVersion',
    text: 'kind: SocialStrategy\n',
    ruleId: 'schema/required',
    line: 1,
    column: 1,
    message: /missing required field "apiVersion"/,
  },
  {
    name: '__proto__ key',
    text: edit(MINIMAL, '  status: draft', '  status: draft\n  __proto__: { polluted: true }'),
    ruleId: 'schema/unknown-key',
    line: lineOf(MINIMAL, 'status: draft') + 1,
    column: 3,
    message: /unknown key "__proto__"/,
  },
];

describe('loading a strategy', () => {
  it('accepts the minimal strategy', () => {
    const result = parseStrategy('minimal.yaml', MINIMAL);
    expect(result.diagnostics).toEqual([]);
    expect(result.loaded?.data.initiatives[0]?.id).toBe('care');
  });

  it('keeps x- keys for the organisation and reports nothing', () => {
    const text = edit(MINIMAL, '    stage: pilot', '    stage: pilot\n    x-cost-centre: CC-1234\n    x-notes: { any: [thing] }');
    expect(parseStrategy('x.yaml', text).diagnostics).toEqual([]);
  });

  it.each(cases)('$name', ({ text, ruleId, line, column, message }) => {
    const result = parseStrategy('case.yaml', text);
    expect(result.loaded).toBeUndefined();
    const found = result.diagnostics.find((d) => d.ruleId === ruleId);
    expect(found, JSON.stringify(result.diagnostics, null, 2)).toBeDefined();
    expect(found).toMatchObject({ file: 'case.yaml', severity: 'error', line, column });
    expect(found?.message).toMatch(message);
  });

  it('reports a typo and a wrong type elsewhere in the same run', () => {
    let text = edit(MINIMAL, 'lawfulBasis: legitimate', 'lawfullBasis: legitimate');
    text = edit(text, 'version: 0.1.0', 'version: 1');
    const rules = parseStrategy('x.yaml', text).diagnostics.map((d) => d.ruleId);
    expect(rules).toEqual(['schema/type', 'schema/unknown-key']);
  });

  it('reports every diagnostic sorted by position with a dotted path', () => {
    let text = edit(MINIMAL, 'scope: external', 'scope: 3');
    text = edit(text, 'status: draft', 'status: done');
    const diagnostics = parseStrategy('x.yaml', text).diagnostics;
    expect(diagnostics.map((d) => d.path)).toEqual(['metadata.status', 'initiatives[0].scope']);
    expect(diagnostics[0]!.line).toBeLessThan(diagnostics[1]!.line);
  });

  it('reports the first syntax error alone, not the thousands that cascade from it', () => {
    const text = edit(MINIMAL, 'apiVersion:', '   - misplaced\napiVersion:');
    expect(parseStrategy('x.yaml', text).diagnostics).toMatchObject([{ ruleId: 'yaml/syntax', line: lineOf(MINIMAL, 'apiVersion:') + 1 }]);
  });

  it('reports every duplicate key when those are the only problems', () => {
    let text = edit(MINIMAL, '  status: draft', '  status: draft\n  status: approved');
    text = edit(text, '    stage: pilot', '    stage: pilot\n    stage: run');
    expect(parseStrategy('x.yaml', text).diagnostics.map((d) => d.ruleId)).toEqual(['yaml/duplicate-key', 'yaml/duplicate-key']);
  });

  // Unstopped, the bomb expands to 9^10 nodes: the test's timeout (or the heap) would end it.
  it('stops an alias bomb at the first alias', () => {
    let bomb = 'apiVersion: socialplan/v1\nkind: SocialStrategy\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    let previous = 'a';
    for (let i = 0; i < 9; i++) {
      bomb += `b${i}: &b${i} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
      previous = `b${i}`;
    }
    const result = parseStrategy('bomb.yaml', bomb);
    expect(result.diagnostics).toMatchObject([{ ruleId: 'yaml/too-many-aliases', line: 4, column: 10 }]);
  });

  it('stops deep nesting without overflowing the stack', () => {
    const result = parseStrategy('deep.yaml', `x-deep: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'yaml/too-deep', line: 1 });
  });

  it('never lets __proto__ reach a prototype', () => {
    const text = edit(MINIMAL, '    stage: pilot', '    stage: pilot\n    x-data: { __proto__: { polluted: true } }');
    parseStrategy('proto.yaml', text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
