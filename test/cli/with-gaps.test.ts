import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { runCli } from '../helpers.js';
import { parseJUnit, validateSarif } from '../validators.js';

/** The first draft a CIO really writes: well-formed, and far from ready for the stakeholders. */
const GAPS = 'examples/first-draft-with-gaps.yaml';
const AS_OF = ['--as-of', '2026-11-25'];

describe(`socialplan check ${GAPS}`, () => {
  it('lists findings from each core stakeholder, each with a line, and exits 1', () => {
    const run = runCli(['check', GAPS, ...AS_OF, '--format', 'json']);
    expect(run.status).toBe(1);
    const { files } = JSON.parse(run.stdout) as { files: { valid: boolean; diagnostics: Diagnostic[] }[] };
    expect(files[0]!.valid).toBe(true);
    const open = files[0]!.diagnostics.filter((d) => !d.waived && d.severity !== 'info');
    for (const stakeholder of ['privacy', 'compliance', 'legal', 'records', 'communications']) {
      const found = open.filter((d) => d.stakeholder === stakeholder);
      expect(found.length, stakeholder).toBeGreaterThan(0);
      for (const d of found) expect(d.line, d.ruleId).toBeGreaterThan(0);
    }
    expect(open.find((d) => d.ruleId === 'waiver/expired')).toBeDefined();
  });

  it('--format sarif validates against the SARIF 2.1.0 schema', () => {
    const run = runCli(['check', GAPS, ...AS_OF, '--format', 'sarif']);
    expect(run.status).toBe(1);
    const result = validateSarif(JSON.parse(run.stdout));
    expect(result.errors).toBe('No errors');
    expect(result.valid).toBe(true);
  });

  it('--format junit parses as XML with a failing testcase per finding', () => {
    const run = runCli(['check', GAPS, ...AS_OF, '--format', 'junit']);
    const json = JSON.parse(runCli(['check', GAPS, ...AS_OF, '--format', 'json']).stdout) as { errorCount: number; warningCount: number };
    const parsed = parseJUnit(run.stdout) as { testsuites: { failures: string } };
    expect(Number(parsed.testsuites.failures)).toBe(json.errorCount + json.warningCount);
  });

  it('--format github annotates each finding', () => {
    const run = runCli(['check', GAPS, ...AS_OF, '--format', 'github']);
    const json = JSON.parse(runCli(['check', GAPS, ...AS_OF, '--format', 'json']).stdout) as { errorCount: number };
    expect(run.stdout.match(/^::error file=examples\/first-draft-with-gaps\.yaml,line=\d+,/gm)).toHaveLength(json.errorCount);
  });
});
