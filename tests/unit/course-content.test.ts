import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** A lesson file as the content test sees it: its name, frontmatter and MDX body. */
interface LessonFile {
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Reads every lesson in `<root>/lessons/*.mdx`, with its YAML frontmatter parsed. */
function readLessons(root: string): LessonFile[] {
  const folder = join(root, 'lessons');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      return { file, frontmatter: match ? (parse(match[1] ?? '') ?? {}) : {}, body: match?.[2] ?? text };
    });
}

const nonEmptyList = (value: unknown) => Array.isArray(value) && value.length > 0;

/** What a lesson lacks: goals, sources, a valid check date, and a knowledge check of ≥4 questions of >1 type. */
function lessonProblems(root: string, lesson: LessonFile): string[] {
  const { file, frontmatter } = lesson;
  const problems: string[] = [];
  if (!nonEmptyList(frontmatter.goals)) problems.push(`${file}: no learning goals`);
  if (!nonEmptyList(frontmatter.sources)) problems.push(`${file}: no sources`);
  const checkedOn = frontmatter.checkedOn instanceof Date ? frontmatter.checkedOn.toISOString() : frontmatter.checkedOn;
  if (typeof checkedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(checkedOn) || Number.isNaN(Date.parse(checkedOn))) {
    problems.push(`${file}: no valid checkedOn date`);
  }
  const quizId = frontmatter.quiz;
  if (typeof quizId !== 'string') return [...problems, `${file}: no quiz`];
  const quizFile = join(root, 'quizzes', `${quizId}.yaml`);
  if (!existsSync(quizFile)) return [...problems, `${file}: quiz file quizzes/${quizId}.yaml does not exist`];
  const questions: { type?: string }[] = parse(readFileSync(quizFile, 'utf8'))?.questions ?? [];
  if (questions.length < 4)
    problems.push(`${file}: quiz ${quizId} has ${questions.length} questions, needs at least 4`);
  const types = new Set(questions.map((question) => question.type));
  if (types.size < 2) problems.push(`${file}: quiz ${quizId} uses ${types.size} question type, needs more than 1`);
  return problems;
}

/** Every `<Quiz id="…">` placed in a lesson body must have a file in quizzes/. */
function inlineQuizProblems(root: string, lesson: LessonFile): string[] {
  return [...lesson.body.matchAll(/<Quiz\s+id=["']([^"']+)["']/g)]
    .map((match) => match[1] ?? '')
    .filter((id) => !existsSync(join(root, 'quizzes', `${id}.yaml`)))
    .map((id) => `${lesson.file}: <Quiz id="${id}"> has no file quizzes/${id}.yaml`);
}

/** Every `<Begrip term="…">` used in any lesson must be an id in begrippen.yaml. */
function begripProblems(root: string, lessons: LessonFile[]): string[] {
  const known = new Set(
    (parse(readFileSync(join(root, 'begrippen.yaml'), 'utf8')) as { id: string }[]).map((begrip) => begrip.id),
  );
  return lessons.flatMap((lesson) =>
    [...lesson.body.matchAll(/<Begrip\s+term=["']([^"']+)["']/g)]
      .map((match) => match[1] ?? '')
      .filter((term) => !known.has(term))
      .map((term) => `${lesson.file}: <Begrip term="${term}"> is not in begrippen.yaml`),
  );
}

/** Lesson orders must be exactly 1, 2, …, N. */
function orderProblems(lessons: LessonFile[]): string[] {
  const orders = lessons.map((lesson) => lesson.frontmatter.order).sort((a, b) => Number(a) - Number(b));
  const expected = lessons.map((_, index) => index + 1);
  return orders.every((order, index) => order === expected[index])
    ? []
    : [`lesson orders are ${orders.join(', ')}; expected ${expected.join(', ')}`];
}

function courseProblems(root: string): string[] {
  const lessons = readLessons(root);
  return [
    ...lessons.flatMap((lesson) => [...lessonProblems(root, lesson), ...inlineQuizProblems(root, lesson)]),
    ...begripProblems(root, lessons),
    ...orderProblems(lessons),
  ];
}

const content = 'content';
const lessons = readLessons(content);

describe('the course content', () => {
  it('has at least eight lessons', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(8);
  });

  it.each(lessons.map((lesson) => [lesson.file, lesson] as const))(
    '%s has goals, sources, a check date and a knowledge check of at least 4 questions of more than 1 type',
    (_, lesson) => {
      expect([...lessonProblems(content, lesson), ...inlineQuizProblems(content, lesson)]).toEqual([]);
    },
  );

  it('uses only glossary terms that exist in content/begrippen.yaml', () => {
    expect(begripProblems(content, lessons)).toEqual([]);
  });

  it('numbers the lessons 1 to N without gaps or doubles', () => {
    expect(orderProblems(lessons)).toEqual([]);
  });
});

describe('the content checks themselves', () => {
  it('report every problem in a broken course', () => {
    expect(courseProblems('tests/fixtures/course-broken')).toEqual([
      '01-zonder-doelen.mdx: no learning goals',
      '01-zonder-doelen.mdx: no valid checkedOn date',
      '01-zonder-doelen.mdx: <Quiz id="bestaat-niet"> has no file quizzes/bestaat-niet.yaml',
      '03-kleine-quiz.mdx: no sources',
      '03-kleine-quiz.mdx: quiz klein has 2 questions, needs at least 4',
      '03-kleine-quiz.mdx: quiz klein uses 1 question type, needs more than 1',
      '04-zonder-quiz.mdx: quiz file quizzes/ontbreekt.yaml does not exist',
      '01-zonder-doelen.mdx: <Begrip term="onbekend-begrip"> is not in begrippen.yaml',
      'lesson orders are 1, 3, 4; expected 1, 2, 3',
    ]);
  });
});
