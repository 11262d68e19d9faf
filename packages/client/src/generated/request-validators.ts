/**
 * generated — do not edit.
 * Source: spec/openapi.yaml, compiled by Ajv (standalone). Regenerate with `pnpm generate`.
 */
/* biome-ignore-all lint: generated code */
// @ts-nocheck
import { formats } from '../core/formats.js';
// formats used: none

/** Request body validators, by operation. */
export const validators = {
};
