/** Types of read-spec.mjs, for the TypeScript spec tools that import it. */
export declare class SpecError extends Error {
  readonly file: string;
  readonly position: { line: number; col: number } | undefined;
  constructor(file: string, position: { line: number; col: number } | undefined, what: string);
}
export declare function parseSpec(text: string, file: string): Record<string, unknown>;
export declare function readSpec(path: string, file?: string): { text: string; document: Record<string, unknown> };
export declare function readSpecOrExit(path: string, tool: string): { text: string; document: Record<string, unknown> };
