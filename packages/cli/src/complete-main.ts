/**
 * One TAB, one process: `llamacloud-prod complete -- <words>` as bin/llamacloud-prod.cjs runs it,
 * without building the program. Answers from the completion data written beside the bundle at build
 * time (scripts/bundle.mjs): the program's flags and top-level commands, and the commands of the one
 * the words name, so what a TAB reads does not grow with the rest of the spec. The same answer as
 * `complete` inside the program (completion.ts), which a test checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CompletionCommand, type CompletionTree, completionsFrom } from './completion.js';

/** The completion data's files: root.json, then one per top-level command. */
export const completionFile = (command: string) => `${encodeURIComponent(command)}.json`;
export const ROOT_FILE = 'root.json';

/** Candidates for the last of `words`, from the completion data in `dir`. */
export async function complete(words: readonly string[], dir: string): Promise<string> {
  const root = JSON.parse(readFileSync(join(dir, ROOT_FILE), 'utf8')) as CompletionTree;
  // The last word is the one being completed; a command before it is one the user has typed in full.
  const typed = words.slice(0, -1).find((word) => root.commands.some((command) => command.path === word));
  const under: CompletionCommand[] = typed ? JSON.parse(readFileSync(join(dir, completionFile(typed)), 'utf8')) : [];
  return completionsFrom({ options: root.options, commands: [...root.commands, ...under] }, words);
}

/** The completion data of `tree` as files: root.json (flags, top-level commands), then each top-level command's. */
export function completionFiles(tree: CompletionTree): Record<string, string> {
  const top = tree.commands.filter((command) => !command.path.includes(' '));
  const files: Record<string, string> = { [ROOT_FILE]: JSON.stringify({ options: tree.options, commands: top }) };
  for (const command of top) {
    const under = tree.commands.filter((candidate) => candidate.path.startsWith(`${command.path} `));
    files[completionFile(command.path)] = JSON.stringify(under);
  }
  return files;
}
