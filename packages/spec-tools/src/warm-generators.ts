/** The workspace's generators as long-lived processes, one each, re-run on every `pnpm dev` save. */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { firstErrorLine, type Generator } from './generators.js';

const WORKER = fileURLToPath(new URL('../scripts/generator-worker.mjs', import.meta.url));
type Reply = { run: number; ok: boolean; error?: string };

interface Worker {
  child?: ChildProcess | undefined;
  runs: number;
}

export interface WarmGenerators {
  /** Runs every generator against `specPath`; resolves to the first failure's error line, or undefined. */
  run(specPath: string): Promise<string | undefined>;
  close(): void;
}

/**
 * `recycleAfter`: each run leaves its module instance in the worker's memory, so a worker is
 * replaced after that many runs (a cold start, about a second, once in a while).
 */
export function warmGenerators(generators: readonly Generator[], recycleAfter = 50): WarmGenerators {
  const workers: Worker[] = generators.map(() => ({ runs: 0 }));
  let run = 0;

  function spawn(generator: Generator): ChildProcess {
    return fork(WORKER, [generator.script], {
      cwd: generator.cwd,
      env: { ...process.env, ...generator.env },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
  }

  function runOne(generator: Generator, worker: Worker, specPath: string, id: number): Promise<string | undefined> {
    if (worker.child && worker.runs >= recycleAfter) {
      worker.child.kill();
      worker.child = undefined;
    }
    if (!worker.child || worker.child.exitCode !== null) {
      worker.child = spawn(generator);
      worker.runs = 0;
    }
    const child = worker.child;
    worker.runs += 1;
    let stderr = '';
    const collect = (chunk: Buffer) => {
      stderr += chunk;
    };
    child.stderr?.on('data', collect);
    child.ref();
    return new Promise<string | undefined>((resolve) => {
      const finish = (error: string | undefined) => {
        child.stderr?.off('data', collect);
        child.off('message', onMessage);
        child.off('exit', onExit);
        // Idle workers must not keep the process alive.
        child.unref();
        (child as ChildProcess & { channel?: { unref(): void } }).channel?.unref();
        resolve(error);
      };
      const onMessage = (reply: Reply) => {
        if (reply.run !== id) return;
        finish(reply.ok ? undefined : firstErrorLine({ stderr: stderr || reply.error }));
      };
      // A script that exits (e.g. readSpecOrExit on a broken spec) ends its worker; the next run starts another.
      const onExit = (code: number | null) => {
        worker.child = undefined;
        finish(firstErrorLine({ stderr: stderr || `generator exited with code ${code}` }));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ run: id, spec: specPath });
    });
  }

  return {
    async run(specPath) {
      run += 1;
      const id = run;
      const errors = await Promise.all(generators.map((g, i) => runOne(g, workers[i] as Worker, specPath, id)));
      return errors.find((error) => error !== undefined);
    },
    close() {
      for (const worker of workers) worker.child?.kill();
    },
  };
}
