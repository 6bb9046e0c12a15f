import { Argument, type Command } from 'commander';
import type { CommandContext } from './context.js';

export function completionCommand(program: Command, { onResult }: CommandContext): void {
  program
    .command('completion')
    .description('print shell completion for bash, zsh or fish, made from the commands and options themselves')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', '\nExamples:\n  $ source <(socialplan completion bash)      # in ~/.bashrc\n  $ source <(socialplan completion zsh)       # in ~/.zshrc\n  $ socialplan completion fish > ~/.config/fish/completions/socialplan.fish')
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionScript } = await import('../completion.js');
      onResult({ stdout: completionScript(program, shell), exitCode: 0 });
    });
}
