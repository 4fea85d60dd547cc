import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The rules every lesson follows (goals, sources, a check date, a knowledge check of 4+ questions of 2+ types,
// orders 1 to N, known glossary terms and quizzes) are checked by the build: src/schemas/lesson.ts and
// src/lib/collections/rules.ts, with their fixtures in tests/unit/collections/rules.test.ts. This is what the
// course as written must contain on top of them.
describe('the course content', () => {
  it('has at least eight lessons', () => {
    expect(readdirSync('content/lessons').filter((name) => name.endsWith('.mdx')).length).toBeGreaterThanOrEqual(8);
  });
});
