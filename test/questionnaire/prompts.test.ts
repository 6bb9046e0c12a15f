// @inquirer/testing/vitest must come first: it replaces the prompts of @inquirer/prompts with the
// real ones wired to a virtual screen, so promptAsker below is driven exactly as a person would.
import { screen } from '@inquirer/testing/vitest';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { promptAsker } from '../../src/questionnaire/prompts.js';
import { INITIATIVE_SECTION } from '../../src/questionnaire/questions.js';
import { governance, leadership } from '../../src/questionnaire/sections/governance.js';
import { organisation } from '../../src/questionnaire/sections/organisation.js';
import type { Answers, Context, Question, Section, SectionAnswers } from '../../src/questionnaire/types.js';

function question(section: Section, id: string): Question {
  const found = section.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id} in ${section.id}`);
  return found;
}

/** promptAsker with its help lines and headings captured. */
function asker() {
  let written = '';
  const output = new Writable({
    write(chunk, _encoding, callback) {
      written += String(chunk);
      callback();
    },
  });
  return { asker: promptAsker({ output, colour: false }), written: () => written };
}

function context(current: SectionAnswers = {}, answers: Answers = {}, index = 1): Context {
  return { answers, current, index };
}

function backspace(times: number): void {
  for (let i = 0; i < times; i++) screen.keypress('backspace');
}

/** Whether a promise has settled by the time pending work has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

const ends = question(INITIATIVE_SECTION, 'ends');
const ropaId = question(INITIATIVE_SECTION, 'ropaId');
const hoursPerWeek = question(leadership, 'hoursPerWeek');

describe('promptAsker: answers are checked as they are typed', () => {
  it('shows the refusal of an impossible date on screen, does not accept it, then accepts a real date', async () => {
    const { asker: a, written } = asker();
    const answer = a.ask(ends, context({ stage: 'pilot' }), '2027-05-31');
    expect(written()).toContain(ends.help);
    expect(screen.getScreen()).toContain(ends.message);
    expect(screen.getScreen()).toContain('2027-05-31');

    screen.type('2026-02-30');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('must be a real date written YYYY-MM-DD, not a string ("2026-02-30")');
    expect(await settled(answer)).toBe(false);

    backspace('2026-02-30'.length);
    screen.type('2026-02-28');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('2026-02-28');
  });

  it('takes the offered default when Enter is pressed on a blank line', async () => {
    const { asker: a } = asker();
    const answer = a.ask(ends, context({ stage: 'pilot' }), '2027-05-31');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('2027-05-31');
  });

  it('accepts a blank optional answer as undefined, not as empty text', async () => {
    const { asker: a } = asker();
    const answer = a.ask(ropaId, context(), undefined);
    screen.keypress('enter');
    await expect(answer).resolves.toBeUndefined();
  });

  it('accepts a blank optional answer that had a default once the default is erased', async () => {
    const recognition = question(governance, 'recognition');
    const { asker: a } = asker();
    const answer = a.ask(recognition, context(), recognition.default);
    expect(screen.getScreen()).toContain('A quarterly innovation showcase');
    screen.keypress('backspace');
    screen.keypress('enter');
    await expect(answer).resolves.toBeUndefined();
  });

  it('trims what is typed', async () => {
    const { asker: a } = asker();
    const answer = a.ask(ropaId, context(), undefined);
    screen.type('  ROPA-7  ');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('ROPA-7');
  });

  it('refuses an initiative id another initiative has, naming it', async () => {
    const id = question(INITIATIVE_SECTION, 'id');
    const current: SectionAnswers = { name: 'Care' };
    const { asker: a } = asker();
    // The second initiative: its id may not repeat the first's.
    const answer = a.ask(id, context(current, { initiatives: [{ id: 'care' }, current] }, 2), 'care');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('another initiative already has the id "care"');
    expect(await settled(answer)).toBe(false);
    screen.type('care-2');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('care-2');
  });

  it('refuses 200 hours a week (more than 168) and accepts 3', async () => {
    const { asker: a } = asker();
    const answer = a.ask(hoursPerWeek, context(), 2);
    expect(screen.getScreen()).toContain(hoursPerWeek.message);
    screen.type('200');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('must be at most 168');
    expect(await settled(answer)).toBe(false);

    backspace(3);
    screen.type('3');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(3);
  });

  it('returns a number, not text, for a number question', async () => {
    const { asker: a } = asker();
    const answer = a.ask(hoursPerWeek, context(), 2);
    screen.keypress('enter');
    await expect(answer).resolves.toBe(2);
  });

  // BUG (src/questionnaire/prompts.ts, case 'number'): `required` is not passed to the number prompt,
  // and @inquirer/number skips `validate` for a blank answer. Backspace on the empty line erases the
  // default, Enter then resolves undefined for a required number; the interview then throws
  // AnswerError ('missing required field "answer" in the document') and init stops with exit 2.
  it('does not accept a blank answer to a required number once its default is erased', async () => {
    const { asker: a } = asker();
    const answer = a.ask(hoursPerWeek, context(), 2);
    screen.keypress('backspace');
    screen.keypress('enter');
    // Not screen.next(): with the bug the prompt is done and no further render ever comes.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await settled(answer)).toBe(false);
  });

  it('refuses a blank answer to required text once its default is erased', async () => {
    const name = question(INITIATIVE_SECTION, 'name');
    const { asker: a } = asker();
    const answer = a.ask(name, context({ scope: 'internal' }), 'Employee knowledge network');
    screen.keypress('backspace');
    screen.keypress('enter');
    await screen.next();
    expect(await settled(answer)).toBe(false);
    expect(screen.getScreen().split('\n').at(-1)).toMatch(/^> \S/);
    screen.type('Advisor network');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('Advisor network');
  });

  it('refuses an empty choice of jurisdictions', async () => {
    const jurisdictions = question(organisation, 'jurisdictions');
    const { asker: a } = asker();
    const answer = a.ask(jurisdictions, context(), ['US']);
    screen.keypress('space'); // un-tick United States, the default
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('choose at least one');
    expect(await settled(answer)).toBe(false);
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space'); // European Union
    screen.keypress('enter');
    await expect(answer).resolves.toEqual(['EU']);
  });

  it('offers the choices of a select and starts on the default', async () => {
    const scope = question(INITIATIVE_SECTION, 'scope');
    const { asker: a } = asker();
    const answer = a.ask(scope, context(), 'external');
    expect(screen.getScreen()).toContain('External: customers, markets, the public');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('external');
  });

  it('asks "another?" with no as the default', async () => {
    const { asker: a } = asker();
    const no = a.another(INITIATIVE_SECTION, 1);
    expect(screen.getScreen()).toContain('Add another initiative?');
    screen.keypress('enter');
    await expect(no).resolves.toBe(false);
  });

  it('rejects with ExitPromptError on Ctrl-C, which init turns into "aborted, nothing written"', async () => {
    const { asker: a } = asker();
    const answer = a.ask(ropaId, context(), undefined);
    screen.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
  });

  it('writes the section heading, with the intro only for the first entry', () => {
    const { asker: a, written } = asker();
    a.section(INITIATIVE_SECTION, 1);
    a.section(INITIATIVE_SECTION, 2);
    expect(written()).toBe(`\n${INITIATIVE_SECTION.title}: 1\n${INITIATIVE_SECTION.intro}\n\n${INITIATIVE_SECTION.title}: 2\n`);
  });
});
