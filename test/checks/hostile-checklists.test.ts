import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { columnOf, edit, lineOf, MINIMAL, runCli, tempFolders } from '../helpers.js';

/**
 * A checklist arrives in a pull request like any other file: whoever wrote it must not be able to hang the
 * check with a pattern, fill the memory with a message, or make `render` lose a briefing.
 */

const folder = tempFolders();

function checklist(rule: string, stakeholder = 'security'): string {
  return `apiVersion: socialplan/v1\nkind: Checklist\nid: hostile\nstakeholder: ${stakeholder}\nrules:\n${rule}`;
}

function rule(then: string, message = 'Initiative {{id}} fails.', extra = ''): string {
  return `  - id: hostile/rule\n    severity: error\n    given: initiatives[*]\n${extra}    then: ${then}\n    message: "${message}"\n`;
}

function findings(stdout: string): Diagnostic[] {
  return (JSON.parse(stdout) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics.filter((d) => d.ruleId === 'hostile/rule');
}

describe('patterns run in linear time', () => {
  it('answers ^(a+)+$ on a 41-letter name at once, matching as before', () => {
    const dir = folder();
    const strategy = dir.write('s.yaml', edit(MINIMAL, 'name: Customer care', `name: ${'a'.repeat(41)}!`));
    const hostile = dir.write('c.yaml', checklist(rule('{ field: name, function: pattern, value: "^(a+)+$" }')));
    const run = runCli(['check', strategy, '--checklist', hostile, '--format', 'json', '--as-of', '2026-11-25']);
    expect(run.stderr).toBe('');
    expect(findings(run.stdout)).toHaveLength(1);

    const matching = dir.write('m.yaml', checklist(rule('{ field: name, function: pattern, value: "^(a+)+!$" }')));
    const clean = runCli(['check', strategy, '--checklist', matching, '--format', 'json', '--as-of', '2026-11-25']);
    expect(findings(clean.stdout)).toEqual([]);
  });

  it.each([
    ['a backreference', '(a)\\\\1', /uses a backreference \(\\1, \\k<name>\), which cannot be matched in linear time/],
    ['a named backreference', '(?<n>a)\\\\k<n>', /uses a backreference/],
    ['lookahead', '(?=a)a', /uses lookahead or lookbehind/],
    ['lookbehind', '(?<!a)b', /uses lookahead or lookbehind/],
    ['a possessive quantifier', 'a++', /uses a possessive quantifier/],
    ['a syntax error', '[a-', /is not a regular expression in RE2 syntax \(missing closing \]/],
    ['1,001 characters', 'a'.repeat(1001), /is longer than 1000 characters/],
  ])('refuses a pattern with %s where it is written, exit 2', (_, pattern, why) => {
    const dir = folder();
    const text = checklist(rule(`{ field: name, function: pattern, value: "${pattern}" }`));
    const hostile = dir.write('c.yaml', text);
    const run = runCli(['check', dir.write('s.yaml', MINIMAL), '--checklist', hostile]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const at = `${hostile}:${lineOf(text, 'value: "')}:${columnOf(text, '"' + pattern.slice(0, 3))}`;
    expect(run.stderr).toContain(`${at}: rules[0].then.value: the pattern `);
    expect(run.stderr).toMatch(why);
  });
});

describe('messages are bounded', () => {
  const initiatives = Array.from(
    { length: 100 },
    (_, i) => `  - { id: care-${i}, name: Customer care ${i}, scope: external, stage: pilot, supports: [IT1], platforms: [linkedin], personalData: { lawfulBasis: legitimate-interests } }`,
  ).join('\n');
  const large = MINIMAL.replace(/initiatives:\n[\s\S]*?\nplatforms:/, `initiatives:\n${initiatives}\nplatforms:`);

  it('fills 790 {{$}} on 100 initiatives into messages of at most 4,000 characters', () => {
    const dir = folder();
    const hostile = dir.write('c.yaml', checklist(rule('{ field: name, function: equals, value: nobody }', '{{$}}'.repeat(790))));
    const out = join(dir.dir, 'results.json');
    const run = runCli(['check', dir.write('s.yaml', large), '--checklist', hostile, '--format', 'json', '--output', out, '--as-of', '2026-11-25']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const messages = findings(readFileSync(out, 'utf8')).map((d) => d.message);
    expect(messages).toHaveLength(100);
    for (const message of messages) {
      expect(message.length).toBe(4000);
      expect(message.endsWith('…')).toBe(true);
    }
  });

  it('cuts one placeholder at 300 characters, the rest of the message kept', () => {
    const dir = folder();
    const long = edit(MINIMAL, 'personalData:\n', `businessNeed: ${'x'.repeat(1000)}\n    personalData:\n`);
    const hostile = dir.write('c.yaml', checklist(rule('{ field: name, function: equals, value: nobody }', 'Need: {{businessNeed}} (end)')));
    const run = runCli(['check', dir.write('s.yaml', long), '--checklist', hostile, '--format', 'json', '--as-of', '2026-11-25']);
    expect(findings(run.stdout).map((d) => d.message)).toEqual([`Need: ${'x'.repeat(299)}… (end)`]);
  });
});

describe('stakeholder ids that a built-in briefing takes', () => {
  it.each(['board', 'board-briefing', 'executive', 'executive-summary', 'roadmap', 'platforms', 'index'])(
    'refuses stakeholder: %s, located, exit 2',
    (id) => {
      const dir = folder();
      const text = checklist(rule('{ field: name, function: equals, value: nobody }'), id);
      const hostile = dir.write('c.yaml', text);
      const run = runCli(['check', dir.write('s.yaml', MINIMAL), '--checklist', hostile]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`${hostile}:4:14: stakeholder: "${id}" is taken by the built-in `);
      expect(run.stderr).toMatch(/a stakeholder's brief would overwrite it, so choose another id/);
    },
  );

  it("refuses a rule's own stakeholder too", () => {
    const dir = folder();
    const text = checklist(rule('{ field: name, function: equals, value: nobody }', 'x', '    stakeholder: roadmap\n'));
    const hostile = dir.write('c.yaml', text);
    const run = runCli(['check', dir.write('s.yaml', MINIMAL), '--checklist', hostile]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${hostile}:${lineOf(text, 'stakeholder: roadmap')}:18: rules[0].stakeholder: "roadmap" is taken by the built-in roadmap briefing (roadmap.md)`);
  });

  it('render writes each briefing once and no brief is lost', () => {
    const dir = folder();
    const own = dir.write('c.yaml', checklist(rule('{ field: name, function: equals, value: nobody }'), 'roadmap'));
    const refused = runCli(['render', dir.write('s.yaml', MINIMAL), '--checklist', own, '--out', join(dir.dir, 'out'), '--as-of', '2026-11-25']);
    expect(refused.status).toBe(2);
    expect(readdirSync(dir.dir)).not.toContain('out');

    const fine = dir.write('f.yaml', checklist(rule('{ field: name, function: equals, value: nobody }'), 'roadmap-team'));
    const run = runCli(['render', join(dir.dir, 's.yaml'), '--checklist', fine, '--out', join(dir.dir, 'out'), '--as-of', '2026-11-25']);
    expect(run.status).toBe(0);
    const listed = run.stdout.split('\n').filter((l) => l.startsWith('  '));
    expect(new Set(listed).size).toBe(listed.length);
    expect(readdirSync(join(dir.dir, 'out')).sort()).toEqual(listed.map((l) => l.trim().split('/').pop()).sort());
    expect(readdirSync(join(dir.dir, 'out'))).toEqual(expect.arrayContaining(['roadmap.md', 'roadmap-team.md']));
  });
});
