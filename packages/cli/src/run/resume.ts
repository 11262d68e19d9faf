/** The command line that resumes a run: the same arguments, into the directory it created, without the API key. */
import type { Command } from 'commander';

/** Flags the resume line leaves out: the key (never printed), and what the line itself sets or would undo. */
const DROPPED_WITH_VALUE = new Set(['--api-key', '--directory-id']);
const DROPPED = new Set(['--dry-run']);

export function resumeCommand(command: Command, directoryId: string): string {
  let root = command;
  while (root.parent) root = root.parent;
  const raw = (root as Command & { rawArgs?: string[] }).rawArgs ?? [];
  const kept: string[] = [];
  for (let index = 0; index < raw.length; index++) {
    const word = raw[index] as string;
    const flag = word.split('=')[0] as string;
    if (DROPPED_WITH_VALUE.has(flag)) {
      if (!word.includes('=')) index++;
      continue;
    }
    if (!DROPPED.has(word)) kept.push(word);
  }
  return ['llamacloud-prod', ...kept, '--directory-id', directoryId].map(shellQuote).join(' ');
}

/** A word as a POSIX shell reads it back: bare when safe, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
