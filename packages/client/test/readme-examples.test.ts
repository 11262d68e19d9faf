/** Every ```ts block of the README compiles against the real client, so the docs can't drift. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const packageDir = resolve(import.meta.dirname, '..');
const readme = readFileSync(resolve(packageDir, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');

// What the snippets assume without saying: a client, your own code, and two third-party packages.
const ambient = `
type BatchJob = import('@llamacloud-batch/client').BatchJob;
declare const client: import('@llamacloud-batch/client').LlamaCloudClient;
declare const createLlamaCloudClient: typeof import('@llamacloud-batch/client').createLlamaCloudClient;
declare function saveToWarehouse(items: BatchJob[]): Promise<void>;
declare module 'pino' { export default function pino(): import('@llamacloud-batch/client').Logger; }
declare module 'undici' {
  export class ProxyAgent { constructor(url: string); }
  export class EnvHttpProxyAgent { constructor(options?: { httpProxy?: string; httpsProxy?: string; noProxy?: string }); }
}
`;

test(`the README's ${blocks.length} TypeScript examples type-check`, () => {
  expect(blocks.length).toBeGreaterThan(15);
  const files = new Map<string, string>([[resolve(packageDir, 'test/readme-ambient.d.ts'), ambient]]);
  // `export {}` makes each block a module, so its own `client` shadows the ambient one.
  for (const [i, code] of blocks.entries()) {
    files.set(resolve(packageDir, `test/readme-example-${i + 1}.ts`), `${code}\nexport {};\n`);
  }

  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    baseUrl: packageDir,
    paths: {
      '@llamacloud-batch/client': ['src/index.ts'],
      '@llamacloud-batch/client/folders': ['src/folders/index.ts'],
    },
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, ...rest)
      : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => {
      const where = d.file?.getLineAndCharacterOfPosition(d.start ?? 0);
      const name = d.file?.fileName.split('/').pop();
      return `${name}:${(where?.line ?? 0) + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  expect(problems).toEqual([]);
}, 60_000);
