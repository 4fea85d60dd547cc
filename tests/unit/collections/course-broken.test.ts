import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkLessons } from '../../../src/lib/collections/rules';
import { parseContent } from '../../../src/schemas/friendly-errors';
import { lessonSchema } from '../../../src/schemas/lesson';

// A broken course (tests/fixtures/course-broken), put through what the build runs on lessons and quizzes: the
// lesson schema per file, then the rules across lessons and quizzes.
const root = 'tests/fixtures/course-broken';
const frontmatterOf = (text: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '');
const lessons = readdirSync(`${root}/lessons`)
  .sort()
  .map((name) => ({
    file: `${root}/lessons/${name}`,
    data: frontmatterOf(readFileSync(`${root}/lessons/${name}`, 'utf8')),
  }));
const quizzes = readdirSync(`${root}/quizzes`).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  questions: parse(readFileSync(`${root}/quizzes/${name}`, 'utf8')).questions,
}));

describe('a broken course fails the build', () => {
  it.each(lessons.map((lesson) => [lesson.file, lesson] as const))(
    '%s: the lesson schema names each field',
    (_, lesson) => {
      expect(() => parseContent(lessonSchema, lesson.data, lesson.file)).toThrowErrorMatchingSnapshot();
    },
  );

  it('the lesson rules name the gap in the orders', () => {
    const facts = lessons.map(({ data }) => ({
      id: String(data.title),
      order: Number(data.order),
      quiz: String(data.quiz),
    }));
    expect(() => checkLessons(facts, quizzes)).toThrowErrorMatchingSnapshot();
  });

  it('the lesson rules name a quiz that does not exist and one below the minimums', () => {
    const facts = lessons.map(({ data }, index) => ({
      id: String(data.title),
      order: index + 1,
      quiz: String(data.quiz),
    }));
    expect(() => checkLessons(facts, quizzes)).toThrowErrorMatchingSnapshot();
    const withKnownQuizzes = facts.filter((lesson) => quizzes.some((quiz) => quiz.id === lesson.quiz));
    expect(checkLessons(withKnownQuizzes, quizzes).map((error) => error.message)).toMatchSnapshot();
  });
});
