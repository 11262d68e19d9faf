import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of this repository (the folder holding spec/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The spec every test serves and validates against: spec/openapi.yaml, or the one the workspace was built from ($LLAMACLOUD_SPEC). */
export const specPath = resolve(process.env.LLAMACLOUD_SPEC ?? resolve(repoRoot, 'spec/openapi.yaml'));

if (!existsSync(specPath)) throw new Error(`spec not found at ${specPath}`);
