// Re-runs the terminal sessions the READMEs show, so their "real output" is real:
//   <!-- transcript:start --> ```text  $ command … ``` <!-- transcript:end -->
// Each `$ llamacloud-prod …` line runs the built CLI on a pseudo-terminal of 80 columns (as a user's
// terminal: tables, progress lines and colours off by NO_COLOR) against `pnpm mock` started on a free
// port; what the terminal finally shows replaces the lines up to the next `$`. `$ echo $?` prints the
// previous command's exit code, `$ export …` sets the environment, `$ pnpm mock &` is the mock itself.
// `--check` exits 1 when a README is out of date. Needs util-linux `script` and a built workspace.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../bin/llamacloud-prod.cjs', import.meta.url));
const READMES = ['README.md'];
const START = '<!-- transcript:start -->';
const END = '<!-- transcript:end -->';

const ESC = String.fromCharCode(27);
const ESCAPE_OR_CR = new RegExp(`(${ESC}\\[[0-9;?]*[A-Za-z]|\r)`);
const ERASE_IN_LINE = new RegExp(`^${ESC}\\[[0-9]*K$`);

/** What a terminal shows after `text`: carriage returns overwrite, erase-line clears, escapes go. */
export function screen(text) {
  const shown = [];
  for (const raw of text.replace(/\r\n/g, '\n').split('\n')) {
    let line = '';
    let column = 0;
    // Only the sequences our CLI writes: erase in line (ESC[K, ESC[2K) and colours (stripped).
    for (const token of raw.split(ESCAPE_OR_CR)) {
      if (token === '\r') column = 0;
      else if (ERASE_IN_LINE.test(token))
        line = token === '\x1b[1K' ? line : line.slice(0, token === '\x1b[2K' ? 0 : column);
      else if (token.startsWith('\x1b[')) continue;
      else {
        line = line.slice(0, column) + token + line.slice(column + token.length);
        column += token.length;
      }
    }
    shown.push(line.trimEnd());
  }
  while (shown.length > 0 && shown.at(-1) === '') shown.pop();
  return shown;
}

function startMock() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('scripts/mock.mjs', `file://${root}`)), '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`pnpm mock did not start:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, output: () => output, stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`pnpm mock exited (${code}):\n${output}`)));
  });
}

function runOnTerminal(command, env) {
  // `stty` gives the pseudo-terminal a size (without one a CLI sees 0 columns); bash, as dash refuses
  // a function name with a hyphen.
  const line = `stty cols 80 rows 24; llamacloud-prod() { "$NODE" "$CLI" "$@"; }; ${command}`;
  const result = spawnSync('script', ['-qec', line, '/dev/null'], {
    encoding: 'utf8',
    env: { ...env, SHELL: '/bin/bash', NODE: process.execPath, CLI: bin },
    timeout: 60_000,
  });
  return { shown: screen(result.stdout), code: result.status ?? 1 };
}

function replay(session, mock) {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', TERM: 'dumb' };
  const out = [];
  let lastCode = 0;
  for (const line of session.split('\n')) {
    if (!line.startsWith('$ ')) continue;
    out.push(line);
    const command = line.slice(2).replace(/\s+#.*$/, '');
    if (command === 'pnpm mock &') continue;
    if (command.startsWith('export ')) {
      for (const [, name, value] of command.slice(7).matchAll(/(\w+)=(\S+)/g)) {
        env[name] = value.replace('http://127.0.0.1:4010', mock.url);
      }
    } else if (command === 'echo $?') {
      out.push(String(lastCode));
    } else if (command.startsWith('llamacloud-prod ')) {
      const { shown, code } = runOnTerminal(command, env);
      lastCode = code;
      out.push(...shown, '');
    } else {
      throw new Error(`a transcript can run llamacloud-prod, export, echo $? and pnpm mock &, not: ${line}`);
    }
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

async function main() {
  const check = process.argv.includes('--check');
  const mock = await startMock();
  let stale = false;
  try {
    for (const name of READMES) {
      const file = new URL(name, `file://${root}`);
      const text = readFileSync(file, 'utf8');
      const parts = text.split(START);
      const updated = [parts[0]];
      for (const part of parts.slice(1)) {
        const end = part.indexOf(END);
        if (end < 0) throw new Error(`${name}: ${START} without ${END}`);
        const body = part.slice(0, end);
        const session = /```text\n([\s\S]*?)```/.exec(body)?.[1];
        if (session === undefined) throw new Error(`${name}: a transcript needs a \`\`\`text block`);
        updated.push(`\n\n\`\`\`text\n${replay(session, mock)}\n\`\`\`\n\n${part.slice(end)}`);
      }
      const next = updated.join(START);
      if (next === text) continue;
      if (check) {
        console.error(`${name}: a transcript is stale; run \`node packages/cli/scripts/readme-transcripts.mjs\``);
        stale = true;
      } else {
        writeFileSync(file, next);
        console.log(`updated the transcripts in ${name}`);
      }
    }
    const logged = mock
      .output()
      .split('\n')
      .filter((line) => /HTTP SERVER|✖/.test(line));
    if (logged.length > 0) throw new Error(`pnpm mock logged while the transcripts ran:\n${logged.join('\n')}`);
  } finally {
    mock.stop();
  }
  if (stale) process.exit(1);
  if (check) console.log('README transcripts are up to date');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
