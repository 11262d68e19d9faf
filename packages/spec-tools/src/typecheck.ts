/**
 * Type-checks the workspace's packages as one program, with each `@llamacloud-batch/*` import
 * mapped to that package's `src/` (so regenerated types reach client and CLI without a build),
 * and keeps parsed files and diagnostics between checks so a re-check after a spec edit is quick.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface TypeCheckResult {
  readonly files: number;
  readonly diagnostics: readonly ts.Diagnostic[];
}

export interface WorkspaceOptions {
  readonly root: string;
  /** Packages (folder names under packages/) whose tsconfig.json files are checked. */
  readonly packages: readonly string[];
  /** A copy of packages/types (see copyTypesPackage) to check instead, and to map `@llamacloud-batch/types` to. */
  readonly typesDir?: string;
  /** More files to check, e.g. a snippet that uses the packages. */
  readonly extraFiles?: readonly string[];
}

function parsedConfig(path: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${path}`);
  return parsed;
}

/** The files of one package's tsconfig.json; for `types` with a copy given, the copy's files instead. */
function packageFiles(options: WorkspaceOptions, name: string): string[] {
  const packageDir = join(options.root, 'packages', name);
  const configPath = join(packageDir, 'tsconfig.json');
  if (!existsSync(configPath)) return [];
  const files = parsedConfig(configPath).fileNames;
  const copy = name === 'types' ? options.typesDir : undefined;
  if (copy === undefined) return files;
  return files.map((file) => join(copy, relative(packageDir, file))).filter((file) => existsSync(file));
}

/** The root files and options of one program over the given packages. */
export function workspaceProgram(options: WorkspaceOptions): {
  rootNames: string[];
  compilerOptions: ts.CompilerOptions;
} {
  const packagesDir = join(options.root, 'packages');
  const paths: Record<string, string[]> = {};
  for (const name of ['types', 'client', 'cli', 'testing']) {
    const packageDir = name === 'types' && options.typesDir ? options.typesDir : join(packagesDir, name);
    const entry = join(packageDir, 'src/index.ts');
    if (existsSync(entry)) paths[`@llamacloud-batch/${name}`] = [entry];
    // Subpath exports (e.g. `@llamacloud-batch/types/schemas`) map to the module of that name in src/.
    if (existsSync(entry)) paths[`@llamacloud-batch/${name}/*`] = [join(packageDir, 'src/*')];
  }
  const rootNames = [...options.packages.flatMap((name) => packageFiles(options, name)), ...(options.extraFiles ?? [])];
  const base = parsedConfig(join(options.root, 'packages/types/tsconfig.json')).options;
  return {
    rootNames: [...new Set(rootNames)],
    // No comments in the shapes the checker compares: a description edit then re-checks only the file it is in.
    compilerOptions: { ...base, noEmit: true, types: ['node'], paths, incremental: false, removeComments: true },
  };
}

/** A checker to call again after every change; unchanged files are neither re-parsed nor re-checked. */
export function createTypeChecker(rootNames: readonly string[], compilerOptions: ts.CompilerOptions) {
  const host = ts.createCompilerHost(compilerOptions);
  const parse = host.getSourceFile.bind(host);
  const parsed = new Map<string, { text: string; file: ts.SourceFile }>();
  let version = 0;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = ts.sys.readFile(fileName);
    const key = `${fileName}\u0000${JSON.stringify(languageVersion)}`;
    const hit = parsed.get(key);
    if (text !== undefined && hit?.text === text) return hit.file;
    const file = parse(fileName, languageVersion, onError, shouldCreate);
    if (!file || text === undefined) return file;
    // The builder compares versions to tell which files changed; every fresh parse is a new version.
    (file as ts.SourceFile & { version: string }).version = String(++version);
    parsed.set(key, { text, file });
    return file;
  };
  let previous: ts.SemanticDiagnosticsBuilderProgram | undefined;
  function check(): TypeCheckResult {
    previous = ts.createSemanticDiagnosticsBuilderProgram([...rootNames], compilerOptions, host, previous);
    const diagnostics = [
      ...previous.getOptionsDiagnostics(),
      ...previous.getGlobalDiagnostics(),
      ...previous.getSyntacticDiagnostics(),
      ...previous.getSemanticDiagnostics(),
    ];
    return { files: previous.getSourceFiles().length, diagnostics };
  }
  /**
   * Checks again with the matching files parsed anew (same text). A builder knows a file's shape
   * only after it changed once; until then any change to it re-checks every file that imports it.
   */
  function reparse(matches: (fileName: string) => boolean): TypeCheckResult {
    for (const key of parsed.keys()) if (matches(key.split('\u0000')[0] ?? '')) parsed.delete(key);
    return check();
  }
  return Object.assign(check, { reparse });
}

/** `path:line:col TS1234 message`, paths relative to `root`. */
export function formatDiagnostic(diagnostic: ts.Diagnostic, root: string): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code} ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${relative(root, diagnostic.file.fileName)}:${line + 1}:${character + 1} TS${diagnostic.code} ${message}`;
}
