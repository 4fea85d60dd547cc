import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The store tests connect each file's own fake storage before importing the stores, so every such file needs fresh
// modules; the other tests share them, which spares loading the same modules for each of the many files.
const storeTests = ['tests/unit/stores/**/*.test.ts', 'tests/unit/progress/data-import.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'stores', include: storeTests } },
      {
        extends: true,
        test: { name: 'logic', include: ['tests/unit/**/*.test.ts'], exclude: storeTests, isolate: false },
      },
    ],
  },
});
