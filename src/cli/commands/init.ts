import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { resolveAsOf } from '../../checks/engine/as-of.js';
import { runRules } from '../../checks/engine/run-rules.js';
import { prepareRules, describeDiagnostics } from '../../checks/ruleset/prepare.js';
import { EXIT, InputError, SocialplanError, UsageError } from '../../errors.js';
import { refuseInputAsOutput } from '../../fs/inputs.js';
import { snapshot, updateFile } from '../../fs/update-file.js';
import { docsPath, packageRoot } from '../../package-root.js';
import { parseStrategy } from '../../model/parse.js';
import { placeFinding } from '../../model/document.js';
import { loadAnswers, sectionsOf } from '../../questionnaire/answers-file.js';
import { buildStrategy } from '../../questionnaire/build.js';
import { defaultsAsker } from '../../questionnaire/defaults.js';
import { draftDate, draftPath, removeDraft, saveDraft } from '../../questionnaire/draft.js';
import { AnswerError, interview } from '../../questionnaire/interview.js';
import { SECTIONS } from '../../questionnaire/questions.js';
import { strategyText } from '../../questionnaire/strategy-file.js';
import { summary } from '../../questionnaire/summary.js';
import type { Answers, Asker } from '../../questionnaire/types.js';
import type { CliIo } from '../io.js';
import type { CommandResult } from '../result.js';
import { visible } from '../../text/visible.js';

export interface InitOptions {
  out: string;
  yes: boolean;
  answers?: string;
  force: boolean;
  input: boolean;
  colour: boolean;
  io: CliIo;
}

/** Raised when a person presses Ctrl-C at a prompt: exit 130, nothing written. */
export class Aborted extends SocialplanError {
  constructor(message: string) {
    super(message, EXIT.interrupted);
  }
}

/** The schema path for the modeline, relative to where the strategy is written. */
function schemaPathFrom(out: string): string {
  const schema = join(packageRoot(), 'schema', 'strategy.schema.json');
  const path = relative(dirname(out), schema).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

export function isInteractive(io: CliIo, input: boolean): boolean {
  return input && io.stdin.isTTY === true && !io.env.CI;
}

async function fromAnswersFile(file: string): Promise<Answers> {
  const result = await loadAnswers(file);
  if (!result.loaded) throw new InputError(describeDiagnostics(result.diagnostics));
  return sectionsOf(result.loaded.data);
}

/** An answer the questionnaire refused, placed in the answers file when it came from there. */
/** An answer the questionnaire refused, at its line and column in the answers file when it came from one. */
export async function answerProblem(error: AnswerError, file: string | undefined): Promise<InputError> {
  if (file) {
    const result = await loadAnswers(file);
    if (result.loaded) {
      const diagnostic = placeFinding(result.loaded.source, { ruleId: 'schema/invalid', severity: 'error', path: error.path, message: `${error.path.join('.')}: ${error.message}` });
      return new InputError(describeDiagnostics([diagnostic]));
    }
  }
  return new InputError(`${visible(error.path.join('.'))}: ${visible(error.message)}`);
}

export async function init(options: InitOptions): Promise<CommandResult> {
  const out = resolve(options.io.cwd, options.out);
  if (options.yes && options.answers) throw new UsageError('--yes and --answers cannot be used together: --answers already fills unanswered questions with defaults');
  // What is there now: init replaces exactly this, and refuses if anything else writes the file meanwhile.
  const before = await snapshot(out, options.out, { followLink: false });
  if ((before.bytes !== undefined || before.link !== undefined) && !options.force) {
    throw new UsageError(`${visible(options.out)} already exists; nothing was changed (use --force to overwrite it, or --out FILE)`);
  }
  if (!existsSync(dirname(out))) throw new UsageError(`${visible(options.out)}: the folder ${visible(relative(options.io.cwd, dirname(out)) || '.')} does not exist; nothing was written`);
  const interactive = !options.yes && !options.answers;
  if (interactive && !isInteractive(options.io, options.input)) {
    throw new UsageError(`init asks questions and needs a terminal; use --yes for the defaults or --answers FILE (see ${docsPath('answers.md')})`);
  }
  const asOf = resolveAsOf(undefined);
  const { ruleSet, inputs } = await prepareRules({ cwd: options.io.cwd, env: options.io.env });
  refuseInputAsOutput(out, options.out, [...inputs, ...(options.answers ? [{ file: resolve(options.io.cwd, options.answers), shown: options.answers, role: 'the answers file' }] : [])]);

  let asker: Asker = defaultsAsker;
  let initial: Answers = {};
  const draft = draftPath(out);
  let progress: ((answers: Answers) => Promise<void>) | undefined;
  if (options.answers) initial = await fromAnswersFile(options.answers);
  if (interactive) {
    const { promptAsker, askYesNo } = await import('../../questionnaire/prompts.js');
    const io = { output: process.stdout, colour: options.colour };
    asker = promptAsker(io);
    try {
      const saved = draftDate(draft);
      if (saved && (await askYesNo(`Resume the answers you gave on ${saved} UTC?`, true, io))) initial = await fromAnswersFile(draft);
    } catch (error) {
      if ((error as Error).name === 'ExitPromptError') throw new Aborted('aborted, nothing written');
      throw error;
    }
    progress = (answers) => saveDraft(draft, answers);
  }

  let answers: Answers;
  try {
    answers = await interview(SECTIONS, asker, { initial, ...(progress ? { progress } : {}) });
  } catch (error) {
    if ((error as Error).name === 'ExitPromptError') {
      throw new Aborted(`aborted, nothing written${progress ? `; your answers so far are kept in ${visible(relative(options.io.cwd, draft))} and offered when you run init again` : ''}`);
    }
    if (error instanceof AnswerError) throw await answerProblem(error, options.answers);
    throw error;
  }

  const text = strategyText(buildStrategy(answers, asOf), schemaPathFrom(out), `Drafted by socialplan init on ${asOf}; edit freely, then run socialplan check.`);
  const parsed = parseStrategy(options.out, text);
  if (!parsed.loaded) throw new Error(`the questionnaire produced an invalid strategy:\n${describeDiagnostics(parsed.diagnostics)}`);
  await updateFile(out, { command: 'init', shown: options.out, expected: before }, async () => ({ text, result: undefined }));
  if (progress) removeDraft(draft);
  const strategy = parsed.loaded.data;
  return { stdout: summary(strategy, runRules(strategy, ruleSet.rules, { asOf }), ruleSet.rules, options.out), exitCode: EXIT.ok };
}
