import type { TestProject } from 'vitest/node';
import './provided.js';
import { startPrism } from './prism.js';

/** vitest globalSetup: one static and one dynamic Prism for the whole run, killed at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [staticMock, dynamicMock] = await Promise.all([startPrism(), startPrism({ dynamic: true })]);
  project.provide('prismUrl', staticMock.url);
  project.provide('prismDynamicUrl', dynamicMock.url);
  return async () => {
    await Promise.all([staticMock.close(), dynamicMock.close()]);
  };
}
