import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'property-tests/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['property-tests/setup.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
