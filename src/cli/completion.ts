import type { Command, Option } from 'commander';

/**
 * Shell completion for bash, zsh and fish, written from commander's own command tree (commands,
 * sub-commands, options and the values an option accepts), so it cannot drift from the CLI.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface Node {
  /** The command words after `socialplan`: `[]`, `['check']`, `['add', 'initiative']`. */
  path: string[];
  description: string;
  options: { flags: string[]; choices: readonly string[]; takesValue: boolean; description: string }[];
  /** The values the first argument accepts, when it names them (`bump <part>`: major, minor, patch). */
  argumentChoices: readonly string[];
  children: Node[];
}

function flagsOf(option: Option): string[] {
  return [option.long, option.short].filter((f): f is string => typeof f === 'string');
}

function tree(command: Command, path: string[] = []): Node {
  const options = command.options
    .filter((o) => !o.hidden)
    .map((o) => ({ flags: flagsOf(o), choices: o.argChoices ?? [], takesValue: o.required || o.optional, description: o.description }));
  options.push({ flags: ['--help', '-h'], choices: [], takesValue: false, description: 'display help' });
  return {
    path,
    description: command.description(),
    options,
    argumentChoices: command.registeredArguments[0]?.argChoices ?? [],
    children: command.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden).map((c) => tree(c, [...path, c.name()])),
  };
}

function all(node: Node): Node[] {
  return [node, ...node.children.flatMap(all)];
}

/** A word for a shell's single-quoted string. */
function quoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function bash(root: Node): string {
  const cases = all(root).map((node) => {
    const key = node.path.join(' ');
    const words = [...node.children.map((c) => c.path.at(-1)!), ...node.argumentChoices, ...node.options.flatMap((o) => o.flags)];
    const values = node.options
      .filter((o) => o.choices.length)
      .map((o) => `        ${o.flags.join('|')}) COMPREPLY=($(compgen -W ${quoted(o.choices.join(' '))} -- "$cur")); return ;;`);
    return [`    ${quoted(key)})`, '      case "$prev" in', ...values, '      esac', `      words=${quoted(words.join(' '))}`, '      ;;'].join('\n');
  });
  const commandWords = all(root)
    .filter((n) => n.children.length)
    .map((n) => `    ${quoted(n.path.join(' '))}) [[ " ${n.children.map((c) => c.path.at(-1)).join(' ')} " == *" $w "* ]] && path="\${path:+$path }$w" ;;`);
  return `# socialplan completion for bash: add to ~/.bashrc
#   source <(socialplan completion bash)
_socialplan() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" path="" words="" i w
  # The command path so far: the words that name commands and sub-commands.
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "$path" in
${commandWords.join('\n')}
    esac
  done
  case "$path" in
${cases.join('\n')}
  esac
  if [[ "$cur" == -* || -n "$words" && "$path" == "" ]]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$words" -- "$cur") $(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _socialplan socialplan
`;
}

function zsh(root: Node): string {
  return `#compdef socialplan
# socialplan completion for zsh: add to ~/.zshrc
#   source <(socialplan completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash(root).split('\n').slice(2).join('\n')}`;
}

function fish(root: Node): string {
  const lines = ['# socialplan completion for fish: save as ~/.config/fish/completions/socialplan.fish', '#   socialplan completion fish > ~/.config/fish/completions/socialplan.fish', 'complete -c socialplan -f'];
  for (const node of all(root)) {
    // The condition: exactly this command path has been typed.
    const seen = node.path.length === 0 ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${node.path.at(-1)}`;
    const condition =
      node.path.length === 0 ? seen : node.children.length ? `${seen}; and not __fish_seen_subcommand_from ${node.children.map((c) => c.path.at(-1)).join(' ')}` : seen;
    for (const child of node.children) lines.push(`complete -c socialplan -n ${quoted(condition)} -a ${quoted(child.path.at(-1)!)} -d ${quoted(child.description)}`);
    if (node.argumentChoices.length) lines.push(`complete -c socialplan -n ${quoted(condition)} -a ${quoted(node.argumentChoices.join(' '))}`);
    for (const option of node.options) {
      const long = option.flags.find((f) => f.startsWith('--'))?.slice(2);
      const short = option.flags.find((f) => /^-[^-]$/.test(f))?.slice(1);
      const parts = [`complete -c socialplan -n ${quoted(node.path.length === 0 ? '__fish_use_subcommand' : condition)}`];
      if (long) parts.push(`-l ${long}`);
      if (short) parts.push(`-s ${short}`);
      if (option.choices.length) parts.push(`-x -a ${quoted(option.choices.join(' '))}`);
      else if (option.takesValue) parts.push('-r -F');
      parts.push(`-d ${quoted(option.description)}`);
      lines.push(parts.join(' '));
    }
    // Files are what most commands take as arguments.
    if (node.path.length > 0 && node.children.length === 0) lines.push(`complete -c socialplan -n ${quoted(condition)} -F`);
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(program: Command, shell: Shell): string {
  const root = tree(program);
  return { bash, zsh, fish }[shell](root);
}
