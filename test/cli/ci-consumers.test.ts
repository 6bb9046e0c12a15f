import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempFolders } from '../helpers.js';
import { multitoolFindings, sarifMultitool, xmllintJUnit } from '../validators.js';

// The CI formats as the strictest consumers nobody on the project wrote read them: the SARIF
// multitool with GitHub's rules, xmllint with the Jenkins xunit schema, and the path and
// fingerprint rules GitHub code scanning and GitLab's widget match findings by.

const EXAMPLES = ['portfolio', 'bank-customer-engagement', 'manufacturer-collaboration', 'first-draft-with-gaps'].map((n) => `examples/${n}.yaml`);
const folder = tempFolders('repo-');

/** A repository of its own (a .git folder is what marks the root), with a strategy two folders down. */
function repository(): { root: string; sub: string; file: string } {
  const { dir: root } = folder();
  mkdirSync(join(root, '.git'));
  const sub = join(root, 'strategies', 'group');
  mkdirSync(sub, { recursive: true });
  copyFileSync(join(ROOT, 'examples/first-draft-with-gaps.yaml'), join(sub, 'plan.yaml'));
  return { root, sub, file: join(sub, 'plan.yaml') };
}

/** The broken and empty files, inside the repository. */
function oddFiles(root: string): { empty: string; broken: string } {
  const empty = join(root, 'empty.yaml');
  const broken = join(root, 'broken.yaml');
  writeFileSync(empty, '# nothing yet\n');
  writeFileSync(broken, 'apiVersion: socialplan/v1\nkind: [unclosed\n');
  return { empty, broken };
}

function output(format: string, args: string[], cwd: string): string {
  const run = runCli(['check', ...args, '--format', format, '--as-of', '2026-12-06'], { cwd });
  expect(run.stderr).toBe('');
  expect([0, 1, 2]).toContain(run.status);
  return run.stdout;
}

interface SarifLog {
  runs: {
    tool: { driver: { informationUri?: string; rules: { id: string; name: string; fullDescription?: { text: string }; help?: { text: string } }[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[]; partialFingerprints?: Record<string, string> }[];
  }[];
}

const multitool = sarifMultitool();

describe.skipIf(!multitool)('SARIF: sarif-multitool validate --rule-kind "Sarif;Gh" reports no error and no warning', () => {
  const cases: [string, () => { args: string[]; cwd: string }][] = [
    ['the four examples', () => ({ args: EXAMPLES, cwd: ROOT })],
    ['the examples judged years later (expired waivers, a review overdue)', () => ({ args: [...EXAMPLES, '--as-of', '2031-06-01'], cwd: ROOT })],
    ['an empty file', () => { const { root } = repository(); return { args: [oddFiles(root).empty], cwd: root }; }],
    ['a broken file', () => { const { root } = repository(); return { args: [oddFiles(root).broken], cwd: root }; }],
    ['a file given by absolute path', () => { const { root, file } = repository(); return { args: [file], cwd: root }; }],
    ['a file given from a subfolder', () => { const { sub } = repository(); return { args: ['plan.yaml'], cwd: sub }; }],
    ['a file outside any repository', () => { const { dir } = folder(); copyFileSync(join(ROOT, 'examples/portfolio.yaml'), join(dir, 'p.yaml')); return { args: ['p.yaml'], cwd: dir }; }],
  ];
  it.each(cases)('%s', (_name, make) => {
    const { args, cwd } = make();
    const run = runCli(['check', ...args, '--format', 'sarif'], { cwd });
    expect(run.stderr).toBe('');
    const findings = multitoolFindings(multitool!, run.stdout);
    expect(findings).toEqual({ errors: [], warnings: [] });
  });

  it('can fail: the multitool reports a descriptor whose name is its id', () => {
    const log = JSON.parse(output('sarif', [EXAMPLES[0]!], ROOT)) as SarifLog;
    log.runs[0]!.tool.driver.rules[0]!.name = log.runs[0]!.tool.driver.rules[0]!.id;
    expect(multitoolFindings(multitool!, JSON.stringify(log)).warnings.join('\n')).toMatch(/SARIF1001/);
  });
});

describe('SARIF: where a finding is, and which finding it is, do not depend on where the command ran', () => {
  it('names files from the repository root under %SRCROOT%, with the same fingerprints from the root, a subfolder or an absolute path', () => {
    const { root, sub, file } = repository();
    const identities = [
      output('sarif', ['strategies/group/plan.yaml'], root),
      output('sarif', ['plan.yaml'], sub),
      output('sarif', [file], join(root, 'strategies')),
    ].map((text) => {
      const run = (JSON.parse(text) as SarifLog).runs[0]!;
      expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${root}/` } });
      return run.results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation, r.partialFingerprints]);
    });
    expect(identities[0]!.length).toBeGreaterThan(10);
    expect(identities[0]![0]![0]).toEqual({ uri: 'strategies/group/plan.yaml', uriBaseId: '%SRCROOT%' });
    expect(identities[1]).toEqual(identities[0]);
    expect(identities[2]).toEqual(identities[0]);
    const fingerprints = identities[0]!.map(([, f]) => (f as Record<string, string>)['socialplanFinding/v1']);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('describes every rule a result names, the model’s own rules included, with a name that is not its id', () => {
    const { root } = repository();
    const { empty, broken } = oddFiles(root);
    const log = JSON.parse(output('sarif', [empty, broken, ...EXAMPLES.map((e) => join(ROOT, e)), '--as-of', '2031-06-01'], root)) as SarifLog;
    const { rules } = log.runs[0]!.tool.driver;
    expect(log.runs[0]!.tool.driver.informationUri).toMatch(/^https:\/\//);
    for (const id of ['file/empty', 'yaml/syntax', 'waiver/expired']) expect(log.runs[0]!.results.some((r) => r.ruleId === id), id).toBe(true);
    for (const result of log.runs[0]!.results) {
      const rule = rules.find((r) => r.id === result.ruleId);
      expect(rule, result.ruleId).toBeDefined();
      expect(rule!.name).not.toBe(rule!.id);
      expect(rule!.fullDescription?.text.length, rule!.id).toBeGreaterThan(20);
      expect(rule!.help?.text.length, rule!.id).toBeGreaterThan(10);
    }
    // A file outside the repository is an absolute file URI, with no base.
    const outside = JSON.parse(output('sarif', [join(ROOT, EXAMPLES[0]!)], root)) as SarifLog;
    expect(outside.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: `file://${join(ROOT, EXAMPLES[0]!)}` });
  });
});

describe('GitLab Code Quality and GitHub annotations name files from the repository root', () => {
  it('gives the same paths and fingerprints from the root, a subfolder or an absolute path', () => {
    const { root, sub, file } = repository();
    const runs = [output('gitlab', ['strategies/group/plan.yaml'], root), output('gitlab', ['plan.yaml'], sub), output('gitlab', [file], sub)].map(
      (text) => (JSON.parse(text) as { fingerprint: string; location: { path: string } }[]).map((i) => [i.location.path, i.fingerprint]),
    );
    expect(runs[0]![0]![0]).toBe('strategies/group/plan.yaml');
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('annotates the file GitHub knows, whatever folder the command ran in', () => {
    const { sub, file } = repository();
    for (const args of [['plan.yaml'], [file]]) {
      const lines = output('github', args, sub).trim().split('\n');
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=strategies\/group\/plan\.yaml[,:]/);
    }
  });
});

describe('JUnit: xmllint with the Jenkins xunit plugin’s junit-10.xsd', () => {
  it.each([
    ['the examples', () => ({ args: EXAMPLES, cwd: ROOT })],
    ['the examples with waivers skipped and expired', () => ({ args: [...EXAMPLES, '--as-of', '2031-06-01'], cwd: ROOT })],
    ['an empty and a broken file', () => { const { root } = repository(); const { empty, broken } = oddFiles(root); return { args: [empty, broken], cwd: root }; }],
  ] as const)('validates %s', async (_name, make) => {
    const { args, cwd } = make();
    const xml = output('junit', [...args], cwd);
    expect(await xmllintJUnit(xml)).toEqual([]);
  });

  it('can fail: a file attribute on a testcase is refused, as the schema says', async () => {
    const xml = output('junit', [EXAMPLES[0]!], ROOT).replace('<testcase ', '<testcase file="x.yaml" ');
    expect((await xmllintJUnit(xml)).join('\n')).toMatch(/attribute 'file' is not allowed/);
  });

  it('shows the file: each suite names it from the repository root, and each testcase is classed by it', () => {
    const { sub } = repository();
    const xml = output('junit', ['plan.yaml'], sub);
    expect(xml).toContain('<testsuite name="strategies/group/plan.yaml" file="strategies/group/plan.yaml"');
    expect(xml).toMatch(/<testcase classname="strategies\/group\/plan\.yaml" name="[a-z]+\/[a-z0-9-]+ strategies\/group\/plan\.yaml:\d+:\d+">/);
  });
});
