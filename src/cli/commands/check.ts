import { resolve } from 'node:path';
import { resolveAsOf } from '../../checks/engine/as-of.js';
import { checkFiles } from '../../checks/check-files.js';
import { loadFormatter, type FormatName } from '../../output/formatters/index.js';
import type { RuleInfo } from '../../output/formatters/types.js';
import { prepareRules } from '../../checks/ruleset/prepare.js';
import type { Severity } from '../../model/diagnostic.js';
import { EXIT } from '../../errors.js';
import { gitRoot } from '../../fs/inside.js';
import { paintFor } from '../colour.js';
import { packageVersion } from '../version.js';
import type { CommandResult } from '../result.js';

export interface CheckOptions {
  files: string[];
  format: FormatName;
  output?: string;
  failSeverity?: Severity;
  asOf?: string;
  stakeholders?: string[];
  checklists?: string[];
  config?: string;
  colour: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}


const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export async function check(options: CheckOptions): Promise<CommandResult> {
  const asOf = resolveAsOf(options.asOf);
  const { ruleSet, config, inputs } = await prepareRules({
    cwd: options.cwd,
    env: options.env,
    config: options.config,
    checklists: options.checklists,
    ...(options.stakeholders ? { only: options.stakeholders } : {}),
  });
  if (options.output !== undefined) {
    const { refuseInputAsOutput } = await import('../../fs/inputs.js');
    refuseInputAsOutput(resolve(options.cwd, options.output), `--output ${options.output}`, [...options.files.map((file) => ({ file: resolve(options.cwd, file), shown: file, role: 'a strategy' })), ...inputs]);
  }
  const reports = await checkFiles(options.files, { ruleSet, asOf, gitCwd: options.cwd });

  const rules: RuleInfo[] = ruleSet.rules.map(({ id, stakeholder, severity, title, rationale, reference, fix }) => ({
    id,
    stakeholder,
    severity,
    ...(title ? { title } : {}),
    ...(rationale ? { rationale } : {}),
    ...(reference ? { reference } : {}),
    ...(fix ? { fix } : {}),
  }));
  const colour = options.format === 'stylish' && options.colour && options.output === undefined;
  const format = await loadFormatter(options.format);
  const workspace = { cwd: options.cwd, root: gitRoot(options.cwd) ?? options.cwd };
  const text = format(reports, { paint: await paintFor(colour), rules, toolVersion: packageVersion(), asOf, workspace });
  if (options.output !== undefined) {
    const { writeAtomic } = await import('../../fs/write-atomic.js');
    await writeAtomic(options.output, text);
  }

  const failAt = RANK[options.failSeverity ?? config?.failSeverity ?? 'error'];
  const exitCode = reports.some((r) => !r.valid)
    ? EXIT.input
    : reports.some((r) => r.diagnostics.some((d) => !d.waived && RANK[d.severity] >= failAt))
      ? EXIT.findings
      : EXIT.ok;
  return { stdout: options.output === undefined ? text : '', exitCode, ...(colour ? { painted: true } : {}) };
}
