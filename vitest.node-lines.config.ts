/**
 * What CI runs on the Node lines besides the main one (`pnpm test:node-lines`, .ci/run): the built
 * packages end to end — the client's round trip through its ES module and CommonJS entries, every
 * CLI command against Prism, the MCP server over stdio, and both bins' code caches (which work
 * differently before and after Node 22.1). The whole suite runs on the main line.
 */
import { defineConfig } from 'vitest/config';
import rootConfig from './vitest.config.js';
import { packageProject } from './vitest.project.js';

export const nodeLineTests: Record<string, string[]> = {
  client: ['test/portability.test.ts', 'test/commonjs.test.ts'],
  cli: ['test/prism.test.ts', 'test/commands.test.ts', 'test/code-cache.test.ts'],
  mcp: ['test/prism.test.ts', 'test/code-cache.test.ts'],
};

export default defineConfig({
  test: {
    globalSetup: rootConfig.test?.globalSetup,
    projects: Object.entries(nodeLineTests).map(([name, include]) => {
      const project = packageProject(name);
      return {
        ...project,
        root: `./packages/${name}`,
        test: { ...project.test, include, typecheck: { enabled: false } },
      };
    }),
  },
});
