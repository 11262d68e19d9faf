/** The values the global setup provides to every test through vitest's `inject()`. */
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of a Prism mock serving the spec's examples. */
    prismUrl: string;
    /** Base URL of a Prism mock serving random valid data (`-d`). */
    prismDynamicUrl: string;
  }
}
