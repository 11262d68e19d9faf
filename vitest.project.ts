import { defineProject } from 'vitest/config';

/** The vitest project every package uses: tests, type tests (`*.test-d.ts`) and benchmarks. */
export function packageProject(name: string, { testTimeout = 30_000 }: { testTimeout?: number } = {}) {
  return defineProject({
    test: {
      name,
      include: ['test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
      testTimeout,
      benchmark: { include: ['bench/**/*.bench.ts'] },
    },
  });
}
