import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of this repository (the folder holding spec/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The spec every test serves and validates against. */
export const specPath = resolve(repoRoot, 'spec/openapi.yaml');

if (!existsSync(specPath)) throw new Error(`spec not found at ${specPath}`);
