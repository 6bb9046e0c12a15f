import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The architecture as .dependency-cruiser.cjs writes it down, held in `npm test`: the layering and
 * no cycles by dependency-cruiser itself; what no import shows (printing, argv, the exit code) by
 * reading the source with the TypeScript parser.
 */

const root = join(import.meta.dirname, '..');
const depcruise = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}

function cruise(cwd: string, ...targets: string[]): { violations: Violation[]; modules: number } {
  const run = spawnSync(process.execPath, [depcruise, ...targets, '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (!run.stdout) throw new Error(`depcruise printed nothing: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  return { violations: result.summary.violations, modules: result.summary.totalCruised };
}

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the layering (.dependency-cruiser.cjs)', () => {
  it('holds for src and bin: no cycle, no import against the flow', { timeout: 60_000 }, () => {
    const { violations, modules } = cruise(root, 'src', 'bin');
    expect(modules).toBeGreaterThan(150);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  });

  it('reports a cycle and each kind of import against the flow, so the clean run above means something', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'socialplan-layers-'));
    scratch.push(dir);
    cpSync(join(root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    const files: Record<string, string> = {
      'src/model/a.ts': "import { b } from './b.js';\nimport { report } from '../checks/report.js';\nexport const a = () => b + report;\n",
      'src/model/b.ts': "import { a } from './a.js';\nexport const b = String(a);\n",
      'src/checks/report.ts': "export const report = 'report';\n",
      'src/checks/engine/rule.ts': "import { readFileSync } from '../../fs/read.js';\nexport const rule = readFileSync;\n",
      'src/fs/read.ts': "export { readFileSync } from 'node:fs';\n",
      'src/measure/roi.ts': "import { inline } from '../markdown/escape.js';\nexport const roi = inline;\n",
      'src/markdown/escape.ts': 'export const inline = (s: string) => s;\n',
      'src/questionnaire/summary.ts': "import { runRules } from '../checks/engine/run-rules.js';\nexport const summary = runRules;\n",
      'src/checks/engine/run-rules.ts': 'export const runRules = () => [];\n',
      'src/render/render.ts': "import { run } from '../cli/main.js';\nexport const render = run;\n",
      'src/cli/main.ts': 'export const run = () => 0;\n',
      'bin/socialplan.cjs': "require('../src/cli/main.ts');\n",
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const found = cruise(dir, 'src', 'bin').violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'no-circular: src/model/a.ts -> src/model/b.ts',
        'model-imports-nothing-above-it: src/model/a.ts -> src/checks/report.ts',
        'engine-is-pure: src/checks/engine/rule.ts -> src/fs/read.ts',
        'measure-computes-views-write: src/measure/roi.ts -> src/markdown/escape.ts',
        'questionnaire-asks: src/questionnaire/summary.ts -> src/checks/engine/run-rules.ts',
        'cli-is-the-top: src/render/render.ts -> src/cli/main.ts',
        'bin-runs-the-build: bin/socialplan.cjs -> src/cli/main.ts',
      ]),
    );
  });
});

/** Every TypeScript file under a folder, relative to the repository. */
function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** `console.log`, `process.stdout` and the like, each as `object.property` at file:line. */
function globalUses(file: string, text = readFileSync(join(root, file), 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const use = `${node.expression.text}.${node.name.text}`;
      if (node.expression.text === 'console' || /^process\.(stdout|stderr|stdin|argv|exit|exitCode|abort)$/.test(use)) {
        uses.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${use}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

describe('only the CLI prints and reads argv; only bin/ sets the exit code', () => {
  it('finds console and process.stdout in a file it is shown, and not in comments or strings', () => {
    expect(globalUses('x.ts', '// console.log\nconst s = "process.exit";\nconsole.error(s);\nprocess.exitCode = 1;\n')).toEqual(['x.ts:3 console.error', 'x.ts:4 process.exitCode']);
  });

  it('nothing below src/cli prints, reads argv or exits', () => {
    const below = sources('src').filter((f) => !f.startsWith(join('src', 'cli')));
    expect(below.length).toBeGreaterThan(100);
    expect(below.flatMap((f) => globalUses(f))).toEqual([]);
  });

  it('src/cli never exits nor sets the exit code: run() returns it', () => {
    const cli = sources(join('src', 'cli')).flatMap((f) => globalUses(f));
    expect(cli.length).toBeGreaterThan(0);
    expect(cli.filter((u) => / process\.(exit|exitCode|abort|argv)$/.test(u))).toEqual([]);
  });

  it('bin/socialplan.cjs is the one place that sets the exit code', () => {
    const bin = readFileSync(join(root, 'bin', 'socialplan.cjs'), 'utf8');
    expect(bin).toMatch(/process\.exitCode = await exported\.run\(argv\)/);
  });
});
