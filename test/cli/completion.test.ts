import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { BIN, runCli } from '../helpers.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const script = (shell: string) => {
  const run = runCli(['completion', shell]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
};

/** Every command path and every long option, read from the program itself, independently of the generator. */
function everything(): { commands: string[]; options: string[] } {
  const program = buildProgram({ stdout: process.stdout, stderr: process.stderr } as never, () => undefined);
  const commands: string[] = [];
  const options: string[] = [];
  const walk = (c: Command) => {
    for (const o of c.options) if (o.long) options.push(o.long);
    for (const child of c.commands) {
      commands.push(child.name());
      walk(child);
    }
  };
  walk(program);
  return { commands, options };
}

describe('socialplan completion', () => {
  const { commands, options } = everything();

  it.each(['bash', 'zsh', 'fish'])('%s: names every command and every option the program has', (shell) => {
    const text = script(shell);
    for (const c of commands) expect(text, c).toContain(shell === 'fish' ? `-a '${c}'` : c);
    for (const o of options) expect(text, o).toContain(shell === 'fish' ? `-l ${o.slice(2)}` : o);
  });

  it('refuses a shell it does not know, exit 2', () => {
    const run = runCli(['completion', 'powershell']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^socialplan: .*powershell.*bash, zsh, fish/);
  });

  describe.skipIf(!has('bash'))('in bash', () => {
    const complete = (...words: string[]) => {
      const test = `source <(node ${JSON.stringify(BIN)} completion bash)\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _socialplan; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const run = spawnSync('bash', ['-c', test], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      return run.stdout.trim().split('\n').filter(Boolean).sort();
    };

    it('completes commands, sub-commands, options and the values an option or argument takes', () => {
      expect(complete('socialplan', 'ch')).toEqual(['check', 'checklists']);
      expect(complete('socialplan', 'add', 'i')).toEqual(['initiative']);
      expect(complete('socialplan', 'add', 'initiative', '--a')).toEqual(['--answers']);
      expect(complete('socialplan', 'check', '--format', 's')).toEqual(['sarif', 'stylish']);
      expect(complete('socialplan', 'check', 'x.yaml', '--fail-severity', '')).toEqual(['error', 'info', 'warning']);
      expect(complete('socialplan', 'bump', 'm')).toEqual(['major', 'minor']);
      expect(complete('socialplan', 'render', '--o')).toEqual(['--only', '--out']);
    });
  });

  it.skipIf(!has('zsh'))('zsh reads the script without a syntax error', () => {
    expect(spawnSync('zsh', ['-n', '-c', script('zsh')], { encoding: 'utf8' }).status).toBe(0);
  });

  it.skipIf(!has('fish'))('fish reads the script and completes from it', () => {
    expect(spawnSync('fish', ['--no-execute', '-c', script('fish')], { encoding: 'utf8' }).status).toBe(0);
    const run = spawnSync('fish', ['-c', `node ${JSON.stringify(BIN)} completion fish | source; complete -C 'socialplan check --format s'; complete -C 'socialplan add i'`], { encoding: 'utf8' });
    expect(run.stdout.split('\n').map((l) => l.split('\t')[0]).filter(Boolean).sort()).toEqual(['initiative', 'sarif', 'stylish']);
  });
});
