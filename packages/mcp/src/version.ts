/** The package's version from package.json. scripts/bundle.mjs replaces this module with the literal. */
import { createRequire } from 'node:module';

export const version: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
