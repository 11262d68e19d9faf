import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*'],
    // One static and one dynamic Prism per run, shared by every project through inject().
    globalSetup: ['./packages/testing/dist/global-setup.js'],
  },
});
