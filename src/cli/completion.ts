import type { Command } from 'commander';

export type Shell = 'bash' | 'zsh' | 'fish';

interface CommandInfo {
  name: string;
  description: string;
  options: string[];
}

/** The commands and their long options, read from the program itself so completion never lags behind it. */
export function describeCommands(program: Command): CommandInfo[] {
  const longOptions = (cmd: Command): string[] =>
    cmd.options.flatMap((o) => (o.long ? [o.long] : [])).concat(cmd.name() === 'roadmap' ? [] : ['--help']);
  return program.commands.map((cmd) => ({
    name: cmd.name(),
    description: cmd.description(),
    options: [...longOptions(cmd), ...longOptions(program)],
  }));
}

/**
 * A completion script to `source` (bash: `source <(roadmap completion bash)`), completing commands, their
 * options, and file names for everything else.
 */
export function completionScript(shell: Shell, commands: readonly CommandInfo[]): string {
  if (shell === 'bash') return bash(commands);
  if (shell === 'zsh') return zsh(commands);
  return fish(commands);
}

function bash(commands: readonly CommandInfo[]): string {
  const cases = commands.map((c) => `    ${c.name}) opts="${c.options.join(' ')}" ;;`).join('\n');
  return `# roadmap: автодополнение для bash. Подключение: source <(roadmap completion bash)
_roadmap() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmd="\${COMP_WORDS[1]}" opts
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _roadmap roadmap
`;
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function zsh(commands: readonly CommandInfo[]): string {
  const list = commands.map((c) => `    ${quote(`${c.name}:${c.description.replace(/:/g, '\\:')}`)}`).join('\n');
  const cases = commands.map((c) => `    ${c.name}) _arguments ${c.options.map(quote).join(' ')} '*:файл:_files' ;;`);
  return `#compdef roadmap
# roadmap: автодополнение для zsh. Подключение: source <(roadmap completion zsh)
_roadmap() {
  local -a commands
  commands=(
${list}
  )
  if (( CURRENT == 2 )); then
    _describe 'команда' commands
    return
  fi
  case "$words[2]" in
${cases.join('\n')}
    *) _files ;;
  esac
}
compdef _roadmap roadmap
`;
}

function fish(commands: readonly CommandInfo[]): string {
  const lines = ['# roadmap: автодополнение для fish. Подключение: roadmap completion fish | source'];
  lines.push('complete -c roadmap -f -n __fish_use_subcommand -l help -l version');
  for (const c of commands) {
    lines.push(`complete -c roadmap -f -n __fish_use_subcommand -a ${c.name} -d ${quote(c.description)}`);
    for (const o of c.options)
      lines.push(`complete -c roadmap -n '__fish_seen_subcommand_from ${c.name}' -l ${o.replace(/^--/, '')}`);
  }
  return `${lines.join('\n')}\n`;
}
