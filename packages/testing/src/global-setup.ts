import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPrism } from './prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of a Prism mock serving the spec's examples. */
    prismUrl: string;
    /** Base URL of a Prism mock serving random valid data (`-d`). */
    prismDynamicUrl: string;
  }
}

/** vitest globalSetup: one static and one dynamic Prism for the whole run, killed at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [staticMock, dynamicMock] = await Promise.all([startPrism(), startPrism({ dynamic: true })]);
  project.provide('prismUrl', staticMock.url);
  project.provide('prismDynamicUrl', dynamicMock.url);
  return async () => {
    await Promise.all([staticMock.close(), dynamicMock.close()]);
  };
}
