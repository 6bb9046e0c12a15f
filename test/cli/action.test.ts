import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir, tempFolders } from '../helpers.js';
import { validateSarif } from '../validators.js';

// The GitHub Action (action.yml, composite) cannot run here: there is no runner. Its shell steps
// are run as the runner would run them, in order, with the inputs in the environment, the
// outputs passed through GITHUB_OUTPUT, and the packaged CLI (npm pack of this checkout)
// installed by its own install step. The steps that use other actions (setup-node, the SARIF
// upload) are checked for what they are given.

interface Step {
  id?: string;
  name: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}
interface Action {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default?: string; required?: boolean; description: string }>;
  outputs: Record<string, { value: string }>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const shared = tempDir();
const folder = tempFolders('workspace-');
let tarball = '';

beforeAll(() => {
  const run = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', shared.dir], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  tarball = join(shared.dir, run.stdout.trim().split('\n').at(-1)!);
}, 120_000);

/** `${{ inputs.x }}` and `${{ steps.s.outputs.x }}`, as the runner substitutes them. */
function expand(value: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
  return value.replace(/\$\{\{\s*(inputs\.([\w-]+)|steps\.([\w-]+)\.outputs\.([\w-]+))\s*\}\}/g, (_m, _all, input?: string, step?: string, output?: string) =>
    input !== undefined ? (inputs[input] ?? '') : (outputs[step!]?.[output!] ?? ''),
  );
}

interface Ran {
  outputs: Record<string, Record<string, string>>;
  logs: Record<string, string>;
  exit: Record<string, number | null>;
  /** The exit code of the whole action: the first shell step that failed. */
  status: number;
}

/** Run the action's shell steps in `workspace` with `given` inputs (the rest take their defaults). */
function runAction(workspace: string, given: Record<string, string>): Ran {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, given[name] ?? spec.default ?? '']));
  const outputs: Record<string, Record<string, string>> = {};
  const logs: Record<string, string> = {};
  const exit: Record<string, number | null> = {};
  const runnerTemp = join(workspace, '..', `${workspace.split('/').at(-1)}-runner`);
  mkdirSync(runnerTemp, { recursive: true });
  for (const [i, step] of action.runs.steps.entries()) {
    if (!step.run) continue;
    const id = step.id ?? `step${i}`;
    const outputFile = join(runnerTemp, `${id}.output`);
    writeFileSync(outputFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs, outputs)]));
    const run = spawnSync(step.shell ?? 'bash', ['-c', expand(step.run, inputs, outputs)], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 240_000,
      // The runner's own environment (npm's registry and proxy settings among it), then the step's.
      env: { ...process.env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: runnerTemp, ...env },
    });
    logs[id] = run.stdout + run.stderr;
    exit[id] = run.status;
    outputs[id] = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    if (run.status !== 0) return { outputs, logs, exit, status: run.status ?? 1 };
  }
  return { outputs, logs, exit, status: 0 };
}

/** A workspace (a checkout) holding the examples. */
function workspace(): string {
  const { dir } = folder();
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}

describe('action.yml', () => {
  it('is a composite action with the inputs CI users look for, each described and used', () => {
    expect(action.runs.using).toBe('composite');
    for (const name of ['files', 'format', 'fail-severity', 'as-of', 'upload-sarif']) expect(action.inputs[name]?.description, name).toBeTruthy();
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    for (const name of Object.keys(action.inputs)) expect(text, name).toContain(`inputs.${name}`);
    // No input is spliced into a script: they reach the steps as environment variables only.
    for (const step of action.runs.steps) if (step.run) expect(step.run, step.name).not.toMatch(/\$\{\{/);
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.if).toMatch(/always\(\)/);
    expect(upload.with?.sarif_file).toBe('${{ steps.check.outputs.sarif-file }}');
  });

  it('passes the examples, annotating in the log and writing a valid SARIF file', () => {
    const dir = workspace();
    const ran = runAction(dir, {
      package: tarball,
      files: 'examples/portfolio.yaml\nexamples/bank-customer-engagement.yaml',
      'as-of': '2026-12-06',
      'upload-sarif': 'true',
    });
    expect(ran.status, JSON.stringify(ran.logs)).toBe(0);
    expect(ran.outputs.check).toEqual({ 'exit-code': '0', 'sarif-file': 'socialplan.sarif' });
    // The examples pass; what they carry are waived findings, shown as notices on their lines.
    expect(ran.logs.check).toMatch(/^::notice file=examples\/portfolio\.yaml,line=\d+/m);
    const sarif = JSON.parse(readFileSync(join(dir, 'socialplan.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toEqual({ valid: true, errors: 'No errors' });
  });

  it('fails on findings after the SARIF is written, and expands a glob', () => {
    const dir = workspace();
    const ran = runAction(dir, { package: tarball, files: 'examples/*.yaml', 'upload-sarif': 'true', 'as-of': '2026-12-06' });
    expect(ran.outputs.check!['exit-code']).toBe('1');
    expect(existsSync(join(dir, 'socialplan.sarif'))).toBe(true);
    expect(ran.status).toBe(1);
    expect(ran.logs.check).toContain('file=examples/first-draft-with-gaps.yaml');
    expect(ran.logs.check).toContain('file=examples/manufacturer-collaboration.yaml');
  });

  it('honours fail-severity and format', () => {
    const dir = workspace();
    // A review date long past: the strategy's own review is due, a warning.
    const late = { package: tarball, files: 'examples/portfolio.yaml', format: 'stylish', 'as-of': '2031-06-01' };
    const atError = runAction(dir, { ...late, 'fail-severity': 'error' });
    const atWarning = runAction(dir, { ...late, 'fail-severity': 'warning' });
    expect(atWarning.logs.check).toMatch(/\d+ warnings?/);
    expect(atWarning.outputs.check!['exit-code']).toBe('1');
    expect(atWarning.status).toBe(1);
    expect(Number(atError.outputs.check!['exit-code'])).toBeLessThanOrEqual(Number(atWarning.outputs.check!['exit-code']));
  });

  it('reads a hostile file name as a name: nothing in an input runs as a command', () => {
    const dir = workspace();
    const ran = runAction(dir, { package: tarball, files: '$(touch pwned) `touch pwned2`;touch pwned3', 'as-of': '2026-12-06' });
    for (const file of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(dir, file)), file).toBe(false);
    expect(ran.outputs.check!['exit-code']).toBe('2');
    expect(ran.status).toBe(2);
  });
});
