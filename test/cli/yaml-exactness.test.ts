import { describe, expect, it } from 'vitest';
import { MINIMAL, runCli, tempDir } from '../helpers.js';

// YAML that socialplan once read otherwise than YAML 1.2, through the built binary as CI runs it:
// each is now refused with file:line:col, exit code 2, and no stack trace.

const folder = tempDir();

/** MINIMAL without its comment lines, so that its first line is `apiVersion:`. */
const STRATEGY = MINIMAL.split('\n').filter((line) => !line.startsWith('#')).join('\n');

function check(name: string, text: string) {
  const file = folder.write(name, text);
  return { file, run: runCli(['check', file, '--as-of', '2026-11-25']) };
}

describe('socialplan check on YAML that js-yaml read otherwise than YAML 1.2', () => {
  it('a valid strategy behind "---" with every line indented to match is not valid: "---apiVersion" is a key of its own', () => {
    // js-yaml took "---" for the document marker and read the strategy that follows as valid.
    const text = `---${STRATEGY.split('\n').map((line, i) => (i === 0 || line === '' ? line : `   ${line}`)).join('\n')}`;
    const { file, run } = check('dashes.yaml', text);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: error: `, 'm'));
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a quoted value with a comment straight after it is a syntax error at the "#"', () => {
    const { file, run } = check('comment.yaml', STRATEGY.replace(/^(\s+title: )(.*)$/m, '$1"$2"#1'));
    expect(run.status).toBe(2);
    const line = STRATEGY.split('\n').findIndex((l) => /^\s+title: /.test(l)) + 1;
    expect(run.stdout).toContain(`${file}:${line}:`);
    expect(run.stdout).toContain('comments must be separated from other tokens by white space characters [yaml/syntax]');
  });

  it('a strategy with classic Mac OS line endings is refused at its first line break, not read as one line', () => {
    const { file, run } = check('mac.yaml', STRATEGY.replace(/\n/g, '\r'));
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(`${file}:1:26: error: ends a line with a carriage return alone (classic Mac OS line endings); save it with LF or CRLF line endings [file/line-endings]`);
    expect(run.stdout).not.toMatch(/schema\//);
  });

  it('the same strategy with CRLF line endings is read as with LF: the same findings at the same places', () => {
    const lf = check('unix.yaml', STRATEGY);
    const crlf = check('windows.yaml', STRATEGY.replace(/\n/g, '\r\n'));
    expect(crlf.run.stderr).toBe('');
    expect(crlf.run.status).toBe(lf.run.status);
    expect(crlf.run.stdout.replaceAll(crlf.file, 'FILE')).toBe(lf.run.stdout.replaceAll(lf.file, 'FILE'));
    // Findings placed deeper than line 1 too, so a line counted wrongly would show.
    expect(lf.run.stdout).toMatch(/:([2-9]|\d\d+):\d+: (error|warning)/);
  });
});
