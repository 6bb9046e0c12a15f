import * as pty from '@lydell/node-pty';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, runCli, tempDir } from '../helpers.js';

/**
 * `socialplan init` as a person meets it: the real binary in a pseudo-terminal, answered key by
 * key. The driver below keeps two views of what the program printed: an append-only transcript
 * (every rendered line, escapes stripped, each redraw on a line of its own) to tell when a new
 * prompt has appeared, and a small screen model to show the choices of a prompt and, when a
 * prompt does not come, the last screen in the error.
 */

const COLS = 120;
const ROWS = 40;
/** How long a prompt may take to appear after the previous answer. */
const PROMPT_TIMEOUT = 8_000;
/** A prompt is complete when the program has been silent this long: the cursor waits. */
const QUIET_MS = 60;
/** A pause between two keys, so each one is seen by the prompt it was meant for. */
const KEY_GAP_MS = 10;

const KEY = {
  enter: '\r',
  down: '\x1b[B',
  up: '\x1b[A',
  space: ' ',
  backspace: '\x7f',
  ctrlC: '\x03',
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A prompt as shown: its message line and the lines under it (choices, help, errors). */
interface Prompt {
  /** The text after "? ", including what inquirer appends: "(default)", "(Y/n)", typed text. */
  message: string;
  /** The screen lines from the prompt line down, without trailing blanks. */
  lines: string[];
}

interface ChoiceLine {
  name: string;
  active: boolean;
  checked?: boolean;
}

/** The terminal as far as inquirer uses it: printable text, CR/LF, and the CSI moves and erases. */
class Screen {
  private grid: string[][] = [[]];
  private row = 0;
  private col = 0;

  constructor(
    private readonly rows: number,
    private readonly cols: number,
  ) {}

  private line(): string[] {
    while (this.grid.length <= this.row) this.grid.push([]);
    return this.grid[this.row]!;
  }

  private newline(): void {
    this.row++;
    if (this.row >= this.rows) {
      this.grid.shift();
      this.row = this.rows - 1;
    }
    this.line();
  }

  print(char: string): void {
    if (this.col >= this.cols) {
      this.col = 0;
      this.newline();
    }
    const line = this.line();
    while (line.length < this.col) line.push(' ');
    line[this.col] = char;
    this.col++;
  }

  carriageReturn(): void {
    this.col = 0;
  }

  lineFeed(): void {
    this.newline();
  }

  backspace(): void {
    this.col = Math.max(0, this.col - 1);
  }

  csi(params: string, final: string): void {
    const numbers = params.replace(/^[?>=]/, '').split(';').map((p) => (p === '' ? NaN : Number(p)));
    const n = Number.isNaN(numbers[0]!) ? 1 : numbers[0]!;
    switch (final) {
      case 'A':
        this.row = Math.max(0, this.row - n);
        break;
      case 'B':
        this.row = Math.min(this.rows - 1, this.row + n);
        break;
      case 'C':
        this.col = Math.min(this.cols - 1, this.col + n);
        break;
      case 'D':
        this.col = Math.max(0, this.col - n);
        break;
      case 'G':
        this.col = Math.min(this.cols - 1, n - 1);
        break;
      case 'H':
      case 'f': {
        this.row = Math.min(this.rows - 1, (Number.isNaN(numbers[0]!) ? 1 : numbers[0]!) - 1);
        this.col = Math.min(this.cols - 1, (Number.isNaN(numbers[1] ?? NaN) ? 1 : numbers[1]!) - 1);
        break;
      }
      case 'K': {
        const mode = Number.isNaN(numbers[0]!) ? 0 : numbers[0]!;
        const line = this.line();
        if (mode === 0) line.length = Math.min(line.length, this.col);
        else if (mode === 1) for (let i = 0; i <= this.col && i < line.length; i++) line[i] = ' ';
        else line.length = 0;
        break;
      }
      case 'J': {
        const mode = Number.isNaN(numbers[0]!) ? 0 : numbers[0]!;
        if (mode === 0) {
          this.line().length = Math.min(this.line().length, this.col);
          this.grid.length = this.row + 1;
        } else if (mode === 2 || mode === 3) {
          this.grid = [[]];
        }
        break;
      }
      default:
        // Colours (m), cursor visibility (?25h/l) and the rest change nothing we read.
        break;
    }
  }

  text(): string[] {
    const lines = this.grid.map((l) => l.join('').trimEnd());
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines;
  }
}

/** The binary under test in a pseudo-terminal, with the waits a test needs. */
class Terminal {
  private readonly process: pty.IPty;
  private readonly screen = new Screen(ROWS, COLS);
  /** Every rendered line, escapes stripped; a redraw (CR, erase line, cursor to column 1 or up) starts a new line. */
  private transcriptText = '';
  /** Where in the transcript the next prompt is looked for. */
  private mark = 0;
  private lastData = Date.now();
  private pending = '';
  exitCode: number | undefined;
  readonly exited: Promise<number>;
  /** Every prompt seen, in order: the questionnaire as it was asked. */
  readonly asked: string[] = [];

  constructor(args: string[], cwd: string) {
    this.process = pty.spawn(process.execPath, [BIN, ...args], {
      name: 'xterm-256color',
      cols: COLS,
      rows: ROWS,
      cwd,
      // No CI variable: init must see an interactive terminal.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color' },
    });
    this.process.onData((data) => this.feed(data));
    this.exited = new Promise((resolve) => {
      this.process.onExit(({ exitCode }) => {
        this.exitCode = exitCode;
        resolve(exitCode);
      });
    });
  }

  private breakLine(): void {
    if (this.transcriptText !== '' && !this.transcriptText.endsWith('\n')) this.transcriptText += '\n';
  }

  private feed(data: string): void {
    this.lastData = Date.now();
    const text = this.pending + data;
    this.pending = '';
    let i = 0;
    while (i < text.length) {
      const char = text[i]!;
      if (char === '\x1b') {
        const rest = text.slice(i);
        const csi = /^\x1b\[([0-?]*)([ -/]*)([@-~])/.exec(rest);
        if (csi) {
          const [whole, params, , final] = csi as unknown as [string, string, string, string];
          this.screen.csi(params, final);
          const column = params === '' || params === '1';
          if ((final === 'K' && params === '2') || (final === 'G' && column) || final === 'A' || final === 'H' || final === 'J') this.breakLine();
          i += whole.length;
          continue;
        }
        const osc = /^\x1b\][^\x07\x1b]*(\x07|\x1b\\)/.exec(rest);
        if (osc) {
          i += osc[0].length;
          continue;
        }
        if ((/^\x1b[\[\]]/.test(rest) && rest.length < 64) || rest.length < 2) {
          // An escape cut in two by the read: finish it with the next chunk.
          this.pending = rest;
          break;
        }
        i += 2; // ESC 7, ESC 8, ESC = and the like.
        continue;
      }
      if (char === '\r') {
        this.screen.carriageReturn();
        this.breakLine();
      } else if (char === '\n') {
        this.screen.lineFeed();
        this.breakLine();
      } else if (char === '\b') {
        this.screen.backspace();
      } else if ((char >= ' ' && char !== '\x7f') || char === '\t') {
        const code = char.codePointAt(0)!;
        const glyph = String.fromCodePoint(code);
        this.screen.print(glyph);
        this.transcriptText += glyph;
        i += glyph.length;
        continue;
      }
      i++;
    }
  }

  /** What the program printed, escapes stripped, one rendered line per line. */
  get transcript(): string {
    return this.transcriptText;
  }

  /** The screen as a person sees it now. */
  get lines(): string[] {
    return this.screen.text();
  }

  private describe(): string {
    const screen = this.lines.map((l) => `  |${l}`).join('\n');
    const tail = this.transcriptText.slice(-1500);
    return `\n--- last screen ---\n${screen}\n--- end of transcript ---\n${tail}\n--- exit code: ${String(this.exitCode)} ---`;
  }

  /** Wait until `check` holds and the program has been quiet for QUIET_MS; a clear error with the last screen otherwise. */
  private async until<T>(what: string, check: () => T | undefined, timeout = PROMPT_TIMEOUT): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = check();
      if (found !== undefined && Date.now() - this.lastData >= QUIET_MS) {
        // Read again: the quiet period may have brought more of the same render.
        const settled = check();
        if (settled !== undefined) return settled;
      }
      if (found === undefined && this.exitCode !== undefined && Date.now() - this.lastData >= QUIET_MS) {
        throw new Error(`the program exited (${this.exitCode}) while waiting for ${what}${this.describe()}`);
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${this.describe()}`);
      await sleep(15);
    }
  }

  /**
   * The next prompt: a "? ..." line after the "✔" line of the one before it (a prompt redrawn as
   * keys are typed is not a new one). Null when the program ends instead.
   */
  async nextPrompt(): Promise<Prompt | null> {
    const found = await this.until('the next prompt', () => {
      let from = this.mark;
      const since = this.transcriptText.slice(from);
      if (this.asked.length > 0) {
        const done = since.search(/^✔ /m);
        if (done === -1) return this.exitCode !== undefined ? ('exit' as const) : undefined;
        from += done;
      }
      const rest = this.transcriptText.slice(from);
      const all = [...rest.matchAll(/^\? (.*)$/gm)];
      const last = all[all.length - 1];
      if (last) return { message: last[1]!.trim(), end: from + last.index + last[0].length };
      return this.exitCode !== undefined ? ('exit' as const) : undefined;
    });
    if (found === 'exit') return null;
    this.mark = found.end;
    const screen = this.lines;
    let top = -1;
    for (let r = screen.length - 1; r >= 0; r--) {
      if (screen[r]!.startsWith('? ')) {
        top = r;
        break;
      }
    }
    const prompt = { message: found.message, lines: top === -1 ? [] : screen.slice(top) };
    this.asked.push(prompt.message);
    return prompt;
  }

  /** Wait for text (or a pattern) in what was printed after the last prompt appeared. */
  async waitFor(pattern: string | RegExp, what = String(pattern)): Promise<string> {
    return this.until(what, () => {
      const since = this.transcriptText.slice(this.mark);
      if (typeof pattern === 'string') return since.includes(pattern) ? pattern : undefined;
      return pattern.exec(since)?.[0];
    });
  }

  /** Type keys one at a time, as a person would. */
  async keys(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.process.write(key);
      await sleep(KEY_GAP_MS);
    }
  }

  /** Answer the current prompt: the keys, then Enter. */
  async answer(...keys: string[]): Promise<void> {
    await this.keys(...keys, KEY.enter);
  }

  /** Type text into an input prompt and submit it. */
  async type(text: string): Promise<void> {
    await this.answer(...text);
  }

  async exit(timeout = 10_000): Promise<number> {
    const code = await Promise.race([this.exited, sleep(timeout).then(() => undefined)]);
    if (code === undefined) throw new Error(`the program did not exit within ${timeout} ms${this.describe()}`);
    // node-pty may report the exit before the last output has been read.
    await this.until('the end of the output', () => true);
    return code;
  }

  /** Stop the process if a failing test left it running. */
  dispose(): void {
    if (this.exitCode === undefined) {
      try {
        this.process.kill();
      } catch {
        // Already gone.
      }
    }
  }
}

/** The choices listed under a select or checkbox prompt, in screen order. */
function choicesOf(prompt: Prompt): ChoiceLine[] {
  const choices: ChoiceLine[] = [];
  for (const line of prompt.lines.slice(1)) {
    const box = /^([❯ ])([◉◯]) (.+)$/.exec(line);
    if (box) {
      choices.push({ name: box[3]!, active: box[1] === '❯', checked: box[2] === '◉' });
      continue;
    }
    const plain = /^([❯ ]) (.+)$/.exec(line);
    if (plain) {
      choices.push({ name: plain[2]!, active: plain[1] === '❯' });
      continue;
    }
    break;
  }
  if (!choices.some((c) => c.active)) throw new Error(`no choices under the prompt:\n${prompt.lines.join('\n')}`);
  return choices;
}

/** The arrow keys that move the cursor of a list from `from` to `to`. */
function moves(from: number, to: number): string[] {
  return Array.from({ length: Math.abs(to - from) }, () => (to > from ? KEY.down : KEY.up));
}

function indexOfChoice(choices: ChoiceLine[], name: string, prompt: Prompt): number {
  const index = choices.findIndex((c) => c.name.startsWith(name));
  if (index === -1) throw new Error(`no choice "${name}" under the prompt:\n${prompt.lines.join('\n')}`);
  return index;
}

/** The keys that pick one choice of a select prompt, read from the screen. */
function selectKeys(prompt: Prompt, name: string): string[] {
  const choices = choicesOf(prompt);
  return moves(
    choices.findIndex((c) => c.active),
    indexOfChoice(choices, name, prompt),
  );
}

/** The keys that make exactly these choices of a checkbox prompt checked, read from the screen. */
function checkboxKeys(prompt: Prompt, wanted: string[]): string[] {
  const choices = choicesOf(prompt);
  let at = choices.findIndex((c) => c.active);
  const keys: string[] = [];
  choices.forEach((choice, index) => {
    const want = wanted.some((w) => choice.name.startsWith(w));
    if (want === choice.checked) return;
    keys.push(...moves(at, index), KEY.space);
    at = index;
  });
  return keys;
}

/** What was answered for a prompt, from its "✔" line. */
function answered(term: Terminal, message: string): string {
  const line = term.transcript.split('\n').find((l) => l.startsWith(`✔ ${message}`));
  if (line === undefined) throw new Error(`"${message}" was not answered:\n${term.transcript.slice(-2000)}`);
  return line.slice(`✔ ${message}`.length).trim();
}

type Decide = (prompt: Prompt, term: Terminal) => Promise<void>;

/** Answer prompts with `decide` until the program ends; every prompt it does not handle takes its default (Enter). */
async function runInterview(term: Terminal, decide: Decide, limit = 200): Promise<void> {
  for (let n = 0; n < limit; n++) {
    const prompt = await term.nextPrompt();
    if (prompt === null) return;
    await decide(prompt, term);
  }
  throw new Error(`more than ${limit} prompts: ${term.asked.slice(-10).join(' | ')}`);
}

async function withTerminal(args: string[], cwd: string, body: (term: Terminal) => Promise<void>): Promise<void> {
  const term = new Terminal(args, cwd);
  try {
    await body(term);
  } finally {
    term.dispose();
  }
}

const is = (prompt: Prompt, message: string) => prompt.message.startsWith(message);

describe('socialplan init in a terminal', () => {
  const external = tempDir();
  const aborted = tempDir();
  const dates = tempDir();

  it('drafts a valid strategy for an external initiative in a regulated industry', { timeout: 60_000 }, async () => {
    const out = join(external.dir, 'strategy.yaml');
    const draft = join(external.dir, '.strategy.yaml.draft');
    let initiatives = 0;
    let goals = 0;
    let objectives = 0;
    let amounts = 0;

    await withTerminal(['init', '--out', out], external.dir, async (term) => {
      await runInterview(term, async (prompt) => {
        if (is(prompt, 'What is the organisation called?')) return term.type('Northwind Securities');
        if (is(prompt, 'Who owns the strategy?')) return term.type('Dana Whitfield');
        if (is(prompt, 'Their work e-mail (optional)')) return term.answer();
        if (is(prompt, 'Which regulatory regimes apply?')) return term.answer(...checkboxKeys(prompt, ['FIN:', 'PUBCO:']));
        if (is(prompt, 'Where are the organisation and its audiences?')) return term.answer(...checkboxKeys(prompt, ['United States', 'European Union']));
        if (is(prompt, 'Business goal')) {
          goals++;
          return term.type('Grow assets under management by 15% with advisors reachable where clients are');
        }
        if (is(prompt, 'Add another business goal?')) return term.answer('n');
        if (is(prompt, 'IT objective')) {
          objectives++;
          return term.type('Compliant, archived social channels for advisors and the firm');
        }
        if (is(prompt, 'Add another IT objective?')) return term.answer('n');
        if (is(prompt, 'Is this initiative internal or external?')) {
          initiatives++;
          // The first initiative defaults to internal, so the cursor starts there: one down; the second defaults to external.
          const keys = selectKeys(prompt, 'External');
          expect(keys).toEqual(initiatives === 1 ? [KEY.down] : []);
          return term.answer(...keys);
        }
        if (is(prompt, 'What is the initiative called?')) return term.type(initiatives === 1 ? 'Client care on LinkedIn' : 'Market commentary on X');
        // The second initiative chooses X from the platforms the first one named, and names no new one.
        if (is(prompt, 'Which of the platforms already named does it use?')) return term.answer(...checkboxKeys(prompt, ['X']));
        if (is(prompt, 'Which other platforms or accounts does it use?')) return initiatives === 1 ? term.type('LinkedIn Company Page, X') : term.answer();
        if (is(prompt, 'Will it use the platform’s page insights')) return term.answer('y');
        if (is(prompt, 'Will your own website carry the platform’s pixel')) return term.answer('n');
        if (is(prompt, 'Which joint-controller arrangement with the platform covers that?')) return term.type('LinkedIn Page Insights Joint Processing Addendum');
        // Money typed as people write it: with a thousands separator (the second cost, the set-up).
        if (is(prompt, 'How much, each time?') && ++amounts === 2) return term.type('40,000');
        if (is(prompt, 'Will it upload customer lists to the platform to build audiences?')) return term.answer('y');
        if (is(prompt, 'How do people agree to that tracking and targeting?')) return term.answer(...selectKeys(prompt, 'Prior consent'));
        if (is(prompt, 'Add another initiative?')) return term.answer(initiatives === 1 ? 'y' : 'n');
        return term.answer();
      });

      expect(await term.exit(), term.transcript.slice(-3000)).toBe(0);
      expect(term.transcript).toContain('Wrote ');
      expect(term.transcript).toMatch(/Wrote .*strategy\.yaml: 2 initiatives/);

      // The answers as the screen confirmed them.
      expect(answered(term, 'What is the organisation called?')).toBe('Northwind Securities');
      expect(answered(term, 'Which regulatory regimes apply?')).toBe('FIN: broker-dealer (FINRA), PUBCO: listed company (Regulation FD)');
      expect(answered(term, 'Where are the organisation and its audiences?')).toBe('United States, European Union');
      expect(answered(term, 'Which currency are the costs and benefits in?')).toBe('USD');
      expect(answered(term, 'Is this initiative internal or external?')).toBe('External: customers, markets, the public');
      expect(answered(term, 'How do people agree to that tracking and targeting?')).toBe('Prior consent, before any tracking (EU and UK)');
      expect(answered(term, 'Which of the platforms already named does it use?')).toBe('X');
      // Each platform is asked about once, under its own name, whichever initiatives share it.
      expect(term.transcript).toContain('Platform: LinkedIn Company Page');
      expect(term.transcript).toContain('Platform: X');
      expect(term.asked.filter((m) => m.startsWith('Is the account the organisation’s own')).length).toBe(2);
      // The CIO is offered their own profile, not the company page.
      expect(term.transcript).toContain('Your own LinkedIn profile (not the LinkedIn Company Page itself)');
      expect(answered(term, 'Who approves static content before it is posted?')).toBe('A registered principal');
      expect(answered(term, 'Their work e-mail (optional)')).toBe('');
      // The branches: FIN and PUBCO and the EU add their questions, external ones replace the internal ones.
      expect(term.asked.some((m) => m.startsWith('Who approves static content before it is posted?'))).toBe(true);
      expect(term.asked.some((m) => m.startsWith('Could material information for investors be posted here?'))).toBe(true);
      expect(term.asked.some((m) => m.startsWith('Where is the privacy notice people see when they give their data?'))).toBe(true);
      expect(term.asked.some((m) => m.startsWith('How many volunteer champions'))).toBe(false);
      expect(term.asked.some((m) => m.startsWith('Where will you post as yourself?'))).toBe(true);
    });

    expect([goals, objectives, initiatives]).toEqual([1, 1, 2]);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(draft)).toBe(false);

    const check = runCli(['check', out, '--format', 'json']);
    const report = JSON.parse(check.stdout) as { files: { valid: boolean }[] };
    expect(report.files[0]?.valid, check.stdout + check.stderr).toBe(true);

    const strategy = parse(readFileSync(out, 'utf8')) as {
      metadata: { regulatoryTags?: string[]; jurisdictions?: string[]; owner?: { name?: string; email?: string } };
      initiatives: {
        name: string;
        scope: string;
        supervision?: { preApproval?: string };
        personalData?: { tracking?: { pixels?: boolean; pageInsights?: boolean; jointControllerArrangement?: string; customAudiences?: boolean; consent?: string } };
        roi?: { costs?: { item: string; amount: number; recurrence: string }[] };
        platforms?: string[];
      }[];
      platforms?: { id: string; name: string }[];
      governance?: { approvedChannels?: string[] };
    };
    expect(strategy.metadata.regulatoryTags).toEqual(expect.arrayContaining(['FIN', 'PUBCO']));
    expect(strategy.initiatives).toHaveLength(2);
    expect(strategy.initiatives[1]!.platforms).toEqual(['x']);
    const initiative = strategy.initiatives[0]!;
    expect(initiative.name).toBe('Client care on LinkedIn');
    expect(initiative.scope).toBe('external');
    expect(initiative.supervision?.preApproval).toBe('principal');
    // Page insights and pixels are asked apart, each recorded as answered.
    expect(initiative.personalData?.tracking).toMatchObject({ pageInsights: true, pixels: false, jointControllerArrangement: 'LinkedIn Page Insights Joint Processing Addendum', customAudiences: true, consent: 'prior-consent' });
    expect(initiative.roi?.costs).toEqual(expect.arrayContaining([expect.objectContaining({ amount: 40000, recurrence: 'once' })]));
    // Two platforms named in one answer are two platforms everywhere the checklists look.
    expect(initiative.platforms).toEqual(['linkedin-company-page', 'x']);
    expect(strategy.platforms?.map((p) => p.name)).toEqual(['LinkedIn Company Page', 'X']);
    expect(strategy.governance?.approvedChannels).toEqual(['linkedin-company-page', 'x']);
  });

  it('keeps the answers in a draft on Ctrl-C and offers them on the next run', { timeout: 60_000 }, async () => {
    const out = join(aborted.dir, 'plan.yaml');
    const draft = join(aborted.dir, '.plan.yaml.draft');

    await withTerminal(['init', '--out', out], aborted.dir, async (term) => {
      let prompt = await term.nextPrompt();
      expect(prompt?.message).toMatch(/^What is the organisation called\?/);
      await term.type('Contoso Bank');
      prompt = await term.nextPrompt();
      expect(prompt?.message).toMatch(/^What is the strategy called\? \(Contoso Bank Social Strategy \d{4}\)/);
      await term.answer();
      prompt = await term.nextPrompt();
      expect(prompt?.message).toMatch(/^A short machine name for it \(contoso-bank-social-strategy-\d{4}\)/);
      await term.answer();
      prompt = await term.nextPrompt();
      expect(prompt?.message).toMatch(/^Who owns the strategy\?/);
      await term.keys(KEY.ctrlC);
      expect(await term.exit()).toBe(130);
      expect(term.transcript).toContain('aborted, nothing written');
      expect(term.transcript).toContain('.plan.yaml.draft');
    });

    expect(existsSync(out)).toBe(false);
    expect(existsSync(draft)).toBe(true);
    const saved = parse(readFileSync(draft, 'utf8')) as { kind: string; organisation: Record<string, unknown> };
    expect(saved.kind).toBe('Answers');
    expect(saved.organisation.organization).toBe('Contoso Bank');
    expect(saved.organisation).not.toHaveProperty('ownerName');

    await withTerminal(['init', '--out', out], aborted.dir, async (term) => {
      const resume = await term.nextPrompt();
      expect(resume?.message).toMatch(/^Resume the answers you gave on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\? \(Y\/n\)/);
      await term.answer('y');
      const first = await term.nextPrompt();
      expect(first?.message).toMatch(/^Who owns the strategy\?/);
      expect(term.asked.some((m) => m.startsWith('What is the organisation called?'))).toBe(false);
      await term.keys(KEY.ctrlC);
      expect(await term.exit()).toBe(130);
      expect(term.transcript).toContain('aborted, nothing written');
    });

    expect(existsSync(out)).toBe(false);
    expect(existsSync(draft)).toBe(true);
  });

  it('refuses an impossible date as it is typed and takes the corrected one', { timeout: 60_000 }, async () => {
    const out = join(dates.dir, 'strategy.yaml');
    let refused = '';

    await withTerminal(['init', '--out', out], dates.dir, async (term) => {
      await runInterview(term, async (prompt) => {
        if (is(prompt, 'When does the pilot end and get judged? (YYYY-MM-DD)')) {
          await term.type('2027-02-30');
          // The prompt stays, with the refusal under it, in the words `check` uses.
          refused = await term.waitFor(/^> .*YYYY-MM-DD.*$/m, 'the refusal of 2027-02-30');
          expect(term.lines.join('\n')).toContain(refused);
          expect(term.lines.some((l) => l.startsWith('? When does the pilot end and get judged? (YYYY-MM-DD) 2027-02-30'))).toBe(true);
          // Fix it: the refused text is still in the line, so erase it first.
          await term.keys(...Array.from({ length: '2027-02-30'.length }, () => KEY.backspace));
          return term.type('2027-02-26');
        }
        if (is(prompt, 'Add another')) return term.answer('n');
        return term.answer();
      });
      expect(await term.exit(), term.transcript.slice(-3000)).toBe(0);
      expect(answered(term, 'When does the pilot end and get judged? (YYYY-MM-DD)')).toBe('2027-02-26');
      expect(term.transcript).toContain('Wrote ');
    });

    expect(refused).toMatch(/^> must be a real date written YYYY-MM-DD/);
    const strategy = parse(readFileSync(out, 'utf8')) as { initiatives: { ends?: string; experiments?: { ends?: string }[] }[] };
    expect(strategy.initiatives[0]?.ends).toBe('2027-02-26');
    expect(strategy.initiatives[0]?.experiments?.[0]?.ends).toBe('2027-02-26');
  });
});
