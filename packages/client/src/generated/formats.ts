/**
 * generated — do not edit.
 * Source: spec/openapi.yaml and ajv-formats. Regenerate with `pnpm generate`.
 */
/* biome-ignore-all lint: generated code */
import type { Format } from '../core/formats.js';

/** Checkers of the string formats the spec uses beyond core/formats.ts's own. */
export const specFormats: Record<string, Format> = {};
