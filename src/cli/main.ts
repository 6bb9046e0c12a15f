import { EXIT, Interrupted, SocialplanError } from '../errors.js';
import { setBoundary } from '../fs/boundary.js';
import { maxFileMbFrom, setMaxFileMb } from '../fs/read-file.js';
import { stopWriting } from '../fs/write-atomic.js';
import { visible, visibleLines } from '../text/visible.js';
import { OWN_COLOURS } from './colour.js';
import { processIo, type CliIo } from './io.js';
import { packageVersion } from './version.js';

export { unflushed } from './io.js';

/**
 * The last line of defence between socialplan and a terminal or a CI log: whatever is written is
 * passed through visibleLines(), so a control character that escaped its escaping where a user's
 * text was interpolated is shown, not obeyed. Only the newlines and tabs socialplan writes pass.
 */
function guarded(io: CliIo): CliIo {
  return {
    ...io,
    stdout: {
      write: (chunk: string) => io.stdout.write(visibleLines(chunk)),
      get isTTY() {
        return io.stdout.isTTY;
      },
    },
    stderr: {
      write: (chunk: string) => io.stderr.write(visibleLines(chunk)),
      get isTTY() {
        return io.stderr.isTTY;
      },
    },
  };
}

/**
 * Run socialplan with these arguments and return the exit code. The one place that catches: a
 * user's mistake becomes one line on stderr and exit 2, never a stack trace.
 */
export async function run(argv: readonly string[], given: CliIo = processIo()): Promise<number> {
  const io = guarded(given);
  // `socialplan --version` alone, which scripts and editors ask often, is answered before the command
  // line parser loads: the same line commander prints, a third of the time.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const { buildProgram, CommanderError } = await import('./program.js');
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (result) => {
    // Colour codes pass only when socialplan painted the output itself, and only its own.
    if (result.stdout) given.stdout.write(visibleLines(result.stdout, result.painted ? OWN_COLOURS : undefined));
    exitCode = result.exitCode;
  });
  try {
    // Every command reads files, so a wrong limit is a mistake whichever command runs.
    setMaxFileMb(maxFileMbFrom(io.env));
    setBoundary(io.cwd);
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end in commander's own "error" with code 0; anything else is a usage mistake.
      return error.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    // The signal handler in the bin says so and sets the exit code.
    if (error instanceof Interrupted) return error.exitCode;
    if (error instanceof SocialplanError) {
      io.stderr.write(`socialplan: ${error.message}\n`);
      return error.exitCode;
    }
    // Not a message socialplan worded, so nothing in it is known to be escaped: one line, all visible.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`socialplan: internal error: ${visible(message)}\n`);
    if (io.env.SOCIALPLAN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write('socialplan: this is a bug; please report it with SOCIALPLAN_DEBUG=1 output\n');
    return EXIT.input;
  }
}

/**
 * A signal ends the run (Ctrl-C outside a prompt, SIGTERM from CI): the temporary files not yet
 * renamed into place go (a render's briefings are renamed all at once, with no signal in between, so
 * its folder holds what it held before or every new briefing). Returns the line to print; the bin exits. Locks held on a strategy are released by proper-lockfile's own exit hook.
 */
export async function interrupted(signal: string): Promise<string> {
  stopWriting();
  return `socialplan: interrupted by ${signal}\n`;
}
