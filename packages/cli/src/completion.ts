/**
 * Shell completion through @bomb.sh/tab: `completion <shell>` prints its script, and the script
 * calls `complete -- <words>` at each TAB, answered from the command tree (commands, flags, and
 * the choices commander carries, which come from the spec's enums). Loaded only by those commands.
 */
import { format } from 'node:util';
import type { Command as TabCommand } from '@bomb.sh/tab';
import type { Command, Option } from 'commander';

export type Shell = 'bash' | 'zsh' | 'fish';

/** The completion script for `shell`, for a program called `program.name()`. */
export async function completionScript(program: Command, shell: Shell): Promise<string> {
  const { RootCommand } = await import('@bomb.sh/tab');
  const name = program.name();
  const script = captureConsoleLog(() => new RootCommand().setup(name, name, shell));
  if (shell === 'bash') return fixBashScript(script, name);
  return shell === 'zsh' ? withZshAlias(script, name) : script;
}

/** A flag as completion offers it; `values` present: it takes a value (these are its choices, maybe none). */
export interface CompletionOption {
  long: string;
  description: string;
  alias?: string;
  values?: readonly string[];
}

/** A command (`beta:batch list`, by its path of words) as completion offers it. */
export interface CompletionCommand {
  path: string;
  description: string;
  options: readonly CompletionOption[];
  arguments: readonly { name: string; choices?: readonly string[] }[];
}

/**
 * What completion knows, as data: the program's own flags, and every visible command, depth first
 * (the global flags apply after any command too). Written beside the bundle at build time, so a TAB
 * reads it instead of building the program (complete-main.ts).
 */
export interface CompletionTree {
  options: readonly CompletionOption[];
  commands: readonly CompletionCommand[];
}

/** Candidates for the last of `words` (the command line after the program's name), in tab's format. */
export async function completions(program: Command, words: readonly string[]): Promise<string> {
  return completionsFrom(completionTreeOf(program), words);
}

/** The same, from completion data (all of it, or the part the words need). */
export async function completionsFrom(tree: CompletionTree, words: readonly string[]): Promise<string> {
  const { RootCommand } = await import('@bomb.sh/tab');
  const root = new RootCommand();
  addOptions(root, tree.options);
  for (const command of tree.commands) {
    const node = root.command(command.path, command.description);
    addOptions(node, command.options);
    // Global flags may come after the command too.
    addOptions(node, tree.options);
    for (const argument of command.arguments) node.argument(argument.name, argument.choices && offer(argument.choices));
  }
  return captureConsoleLog(() => root.parse([...words]));
}

/** tab writes with console.log; run() writes to its own io.stdout, so collect the text instead. */
function captureConsoleLog(write: () => void): string {
  const log = console.log;
  let text = '';
  console.log = (...values: unknown[]) => {
    text += `${format(...values)}\n`;
  };
  try {
    write();
  } finally {
    console.log = log;
  }
  return text;
}

/** The completion data of a commander program: its flags, and every visible command under it. */
export function completionTreeOf(program: Command): CompletionTree {
  const commands: CompletionCommand[] = [];
  const walk = (command: Command, path: string) => {
    for (const child of command.createHelp().visibleCommands(command)) {
      const childPath = path ? `${path} ${child.name()}` : child.name();
      commands.push({
        path: childPath,
        description: oneLine(child.summary() || child.description()),
        options: optionsOf(child),
        arguments: child.registeredArguments.map((argument) => ({
          name: argument.name(),
          ...(argument.argChoices ? { choices: argument.argChoices } : {}),
        })),
      });
      walk(child, childPath);
    }
  };
  walk(program, '');
  return { options: optionsOf(program), commands };
}

function optionsOf(command: Command): CompletionOption[] {
  return (command.createHelp().visibleOptions(command) as Option[]).flatMap((option): CompletionOption[] => {
    const long = option.long?.replace(/^--/, '');
    if (!long) return [];
    const alias = option.short?.replace(/^-/, '');
    // A value flag: its choices, or nothing to offer (which still tells tab the next word is a value).
    const values = option.required || option.optional ? (option.argChoices ?? []) : undefined;
    return [
      { long, description: oneLine(option.description), ...(alias ? { alias } : {}), ...(values ? { values } : {}) },
    ];
  });
}

function addOptions(node: TabCommand, options: readonly CompletionOption[]): void {
  for (const { long, description, alias, values } of options) {
    if (values === undefined) node.option(long, description, alias);
    else node.option(long, description, offer(values), alias);
  }
}

/** A tab handler that offers `values` (the spec's enum values, through commander's choices). */
function offer(values: readonly string[]): (complete: (value: string, description: string) => void) => void {
  return (complete) => {
    for (const value of values) complete(value, '');
  };
}

/** tab splits its output on newlines, so a multi-line description would become candidates of its own. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Two fixes to tab's bash script: it works without the bash-completion package (whose
 * `_get_comp_words_by_ref` it calls), and `beta:b<TAB>` completes to `beta:batch`, not
 * `beta:beta:batch` (bash splits words at `:`, then replaces only what follows the last one).
 * Its `readonly` constants go too, so sourcing the script twice, or with another tab-made one, is quiet.
 */
function fixBashScript(script: string, name: string): string {
  const id = `__${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const wordsCall = '_get_comp_words_by_ref -n "=:" cur prev words cword';
  if (!script.includes(wordsCall) || !script.includes(`${id}_complete()`)) {
    throw new Error('@bomb.sh/tab changed its bash script; update fixBashScript in src/completion.ts');
  }
  const fixed = script.replace(/^readonly /gm, '').replace(wordsCall, `${id}_words`);
  return `${fixed}
# Added by ${name}: the words up to the cursor, with bash-completion or without it.
${id}_words() {
    if declare -F _get_comp_words_by_ref >/dev/null; then
        _get_comp_words_by_ref -n "=:" cur prev words cword
        return
    fi
    # Split on blanks only, so that beta:batch and --flag=value stay one word each.
    local line=\${COMP_LINE:0:COMP_POINT}
    read -ra words <<< "$line"
    if [[ -z $line || $line =~ [[:space:]]$ ]]; then
        words+=("")
    fi
    cword=$((\${#words[@]} - 1))
    cur=\${words[cword]}
    prev=\${words[cword - 1]}
}

# bash splits words at ':' (COMP_WORDBREAKS) and replaces only the text after the last one.
${id}_complete_words() {
    ${id}_complete
    local cur=\${COMP_LINE:0:COMP_POINT}
    cur=\${cur##*[[:space:]]}
    if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
        local prefix=\${cur%"\${cur##*:}"} i
        for i in "\${!COMPREPLY[@]}"; do
            COMPREPLY[i]=\${COMPREPLY[i]#"$prefix"}
        done
    fi
}
complete -F ${id}_complete_words ${name}
`;
}

/**
 * zsh expands an alias before completing (unless complete_aliases is set), so the README's
 * `alias llamacloud-prod="node …/llamacloud-prod.cjs"` completes as `node`. When the name is an alias
 * as the script is sourced, the command it starts with gets a completer that hands the alias's words to
 * ours, and everything else to the completer it had; the candidates are asked for through the alias's text.
 */
function withZshAlias(script: string, name: string): string {
  const id = `__${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const request = `requestComp="${name} complete -- `;
  if (!script.includes(`compdef _${name} ${name}`) || !script.includes(request)) {
    throw new Error('@bomb.sh/tab changed its zsh script; update withZshAlias in src/completion.ts');
  }
  // Completion functions run with aliases off (compinit's NO_aliases), so ask through the alias's text.
  const fixed = script.replace(request, `requestComp="\${aliases[${name}]:-${name}} complete -- `);
  return `${fixed}
# Added by ${name}: complete it through an alias too (zsh sees the words the alias expands to).
if (( $+aliases[${name}] )) && [[ ! -o complete_aliases ]]; then
    ${id}_alias=( \${(z)aliases[${name}]} )
    if [[ \${_comps[\${${id}_alias[1]}]} != ${id}_alias_complete ]]; then
        ${id}_alias_next=\${_comps[\${${id}_alias[1]}]}
    fi
    ${id}_alias_complete() {
        local n=\${#${id}_alias}
        if (( CURRENT > n )) && [[ "\${(j: :)words[1,n]}" == "\${(j: :)${id}_alias}" ]]; then
            words=( ${name} "\${(@)words[n+1,-1]}" )
            (( CURRENT -= n - 1 ))
            _${name}
        elif [[ -n $${id}_alias_next ]]; then
            $${id}_alias_next "$@"
        else
            _default "$@"
        fi
    }
    compdef ${id}_alias_complete \${${id}_alias[1]}
fi
`;
}
