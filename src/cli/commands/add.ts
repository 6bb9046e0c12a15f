import { resolve } from 'node:path';
import { describeDiagnostics } from '../../checks/ruleset/prepare.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { updateFile } from '../../fs/update-file.js';
import { appendItems } from '../../model/edit.js';
import { loadStrategy } from '../../model/load.js';
import { parseStrategy } from '../../model/parse.js';
import { loadAnswers, sectionsOf } from '../../questionnaire/answers-file.js';
import { buildInitiative, buildPlatforms, platformId } from '../../questionnaire/build.js';
import { initiativePlatformNames } from '../../questionnaire/platform-names.js';
import { platformsNamed } from '../../questionnaire/sections/platforms.js';
import { defaultsAsker } from '../../questionnaire/defaults.js';
import { AnswerError, interview } from '../../questionnaire/interview.js';
import { INITIATIVE_SECTION, PLATFORM_SECTION } from '../../questionnaire/questions.js';
import type { Answers, Asker, SectionAnswers } from '../../questionnaire/types.js';
import type { CliIo } from '../io.js';
import type { CommandResult } from '../result.js';
import { Aborted, answerProblem, isInteractive } from './init.js';
import { visible } from '../../text/visible.js';

export interface AddInitiativeOptions {
  file: string;
  yes: boolean;
  answers?: string;
  input: boolean;
  colour: boolean;
  io: CliIo;
}

/** `socialplan add initiative FILE`: the initiative part of the questionnaire, appended to an existing strategy. */
export async function addInitiative(options: AddInitiativeOptions): Promise<CommandResult> {
  if (options.yes && options.answers) throw new UsageError('--yes and --answers cannot be used together');
  const interactive = !options.yes && !options.answers;
  if (interactive && !isInteractive(options.io, options.input)) {
    throw new UsageError('add initiative asks questions and needs a terminal; use --yes for the defaults or --answers FILE (see docs/answers.md)');
  }
  const file = resolve(options.io.cwd, options.file);
  const loaded = await loadStrategy(file);
  // Problems are named by the file as the user wrote it, not its absolute path.
  if (!loaded.loaded || loaded.text === undefined) throw new InputError(describeDiagnostics(loaded.diagnostics.map((d) => ({ ...d, file: options.file }))));
  const strategy = loaded.loaded.data;

  let given: SectionAnswers[] = [];
  let givenPlatforms: SectionAnswers[] = [];
  if (options.answers) {
    const result = await loadAnswers(options.answers);
    if (!result.loaded) throw new InputError(describeDiagnostics(result.diagnostics));
    const sections = sectionsOf(result.loaded.data);
    given = ((sections.initiatives as SectionAnswers[] | undefined) ?? []).slice(0, 1);
    givenPlatforms = (sections.platforms as SectionAnswers[] | undefined) ?? [];
  }
  // The platforms already in the file are offered by name; only new ones are asked about.
  const inFile = (strategy.platforms ?? []).map((p) => p.name);
  const isKnown = (name: string) => (strategy.platforms ?? []).some((p) => p.id.toLowerCase() === name.toLowerCase() || p.name.toLowerCase() === name.toLowerCase());
  const initial: Answers = {
    organisation: { regulatoryTags: strategy.metadata.regulatoryTags ?? [], jurisdictions: strategy.metadata.jurisdictions ?? [] },
    objectives: strategy.alignment.itObjectives.map((o) => ({ id: o.id, statement: o.statement, supports: o.supports })),
    existing: { initiativeIds: strategy.initiatives.map((i) => i.id), platforms: inFile },
    initiatives: given,
    platforms: givenPlatforms,
  };
  let asker: Asker = defaultsAsker;
  if (interactive) {
    const { promptAsker } = await import('../../questionnaire/prompts.js');
    asker = promptAsker({ output: process.stdout, colour: options.colour });
  }
  const section = { ...INITIATIVE_SECTION, repeat: { ...INITIATIVE_SECTION.repeat!, min: 1, max: 1 } };
  const newPlatforms = { ...PLATFORM_SECTION, each: { key: 'platform', names: (a: Answers) => platformsNamed(a).filter((n) => !isKnown(n)) } };
  let answers: Answers;
  try {
    answers = await interview([section, newPlatforms], asker, { initial });
  } catch (error) {
    if ((error as Error).name === 'ExitPromptError') throw new Aborted(`aborted, nothing written; ${visible(options.file)} is unchanged`);
    if (error instanceof AnswerError) throw await answerProblem(error, options.answers);
    throw error;
  }
  const entry = (answers.initiatives as SectionAnswers[])[0]!;
  // Appended to the file as it is now, under its lock: whatever another command wrote while the
  // questions were asked stays, and the new initiative is checked against it.
  const added = await updateFile(file, { command: 'add initiative', shown: options.file, followLink: true }, async () => {
    const current = await loadStrategy(file);
    if (!current.loaded || current.text === undefined) throw new InputError(describeDiagnostics(current.diagnostics.map((d) => ({ ...d, file: options.file }))));
    const initiative = buildInitiative(entry);
    // A platform answered by its name or id is the one already in the file, not a new one.
    const known = current.loaded.data.platforms ?? [];
    const findKnown = (name: string) => known.find((p) => p.id.toLowerCase() === name.toLowerCase() || p.name.toLowerCase() === name.toLowerCase());
    const names = initiativePlatformNames(entry);
    if (names.length) initiative.platforms = names.map((n) => findKnown(n)?.id ?? platformId(n));
    const platforms = buildPlatforms([{ ...entry, knownPlatforms: [], platform: names.filter((n) => !findKnown(n)).join(', ') }], {}, (answers.platforms as SectionAnswers[] | undefined) ?? []);
    const text = appendItems(appendItems(current.text, 'initiatives', [initiative]), 'platforms', platforms);
    const check = parseStrategy(options.file, text);
    if (!check.loaded) throw new InputError(`the new initiative would make ${visible(options.file)} invalid; nothing was written:\n${describeDiagnostics(check.diagnostics)}`);
    return { text, result: platforms };
  });
  const name = visible(entry.name as string);
  const shown = visible(options.file);
  return {
    stdout:
      `Added initiative ${visible(entry.id as string)} (${name}) to ${shown}` +
      (added.length ? `, with the new platform ${added.map((p) => p.id).join(', ')} (approve it in governance.approvedChannels once Records agrees)` : '') +
      `.\nNext: socialplan check ${shown}\n`,
    exitCode: EXIT.ok,
  };
}
