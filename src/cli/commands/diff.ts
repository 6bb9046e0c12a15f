import { isSigningStakeholder } from '../../checks/ruleset/rule-set.js';
import { describeDiagnostics, prepareRules } from '../../checks/ruleset/prepare.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { GitError, showAt } from '../../git/git.js';
import { loadStrategy, type LoadResult } from '../../model/load.js';
import { parseStrategy } from '../../model/parse.js';
import { diffStrategies } from '../../versions/diff.js';
import { diffJson, diffMarkdown, diffText } from '../../render/view/diff-table.js';
import type { CommandResult } from '../result.js';
import { visible } from '../../text/visible.js';

export interface DiffOptions {
  files: string[];
  git?: string;
  format: 'text' | 'json' | 'markdown';
  config?: string;
  checklists?: string[];
  cwd: string;
  env: Record<string, string | undefined>;
}

function strategyOf(result: LoadResult) {
  if (!result.loaded) throw new InputError(describeDiagnostics(result.diagnostics));
  return result.loaded.data;
}

/** `socialplan diff OLD NEW` or `socialplan diff FILE --git REV`: what changed, in the user's words, and whose sign-off it touches. */
export async function diff(options: DiffOptions): Promise<CommandResult> {
  let before: LoadResult;
  let after: LoadResult;
  if (options.git !== undefined) {
    if (options.files.length !== 1) throw new UsageError('diff --git REV takes one file: socialplan diff strategy.yaml --git main');
    const file = options.files[0]!;
    let text: string;
    try {
      text = await showAt(file, options.git, options.cwd);
    } catch (error) {
      if (error instanceof GitError) throw new InputError(`${visible(file)} at ${visible(options.git)}: ${visible(error.message)}`);
      throw error;
    }
    before = parseStrategy(`${options.git}:${file}`, text);
    after = await loadStrategy(file);
  } else {
    if (options.files.length !== 2) throw new UsageError('diff takes two files (socialplan diff old.yaml new.yaml), or one file and --git REV');
    [before, after] = [await loadStrategy(options.files[0]!), await loadStrategy(options.files[1]!)];
  }
  const { ruleSet } = await prepareRules({
    cwd: options.cwd,
    env: options.env,
    config: options.config,
    checklists: options.checklists,
  });
  const stakeholders = ruleSet.stakeholders.filter(isSigningStakeholder);
  const result = diffStrategies(strategyOf(before), strategyOf(after), ruleSet.all, stakeholders);
  const render = { text: diffText, json: diffJson, markdown: diffMarkdown }[options.format];
  return { stdout: render(result), exitCode: EXIT.ok };
}
