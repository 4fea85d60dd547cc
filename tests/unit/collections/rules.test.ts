import { describe, expect, it } from 'vitest';
import { assertUniqueOrder, checkLessons, reportEditorial, unknownIdError } from '../../../src/lib/collections/rules';

const quiz = (id: string, types: string[]) => ({ id, questions: types.map((type) => ({ type })) });

describe('the course rules', () => {
  it('fail on two entries with one order, naming both', () => {
    expect(() =>
      assertUniqueOrder('content/course/taken.yaml', [
        { id: 'a', order: 1 },
        { id: 'b', order: 1 },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content file content/course/taken.yaml has 1 problem:
        • b.order: "a" and "b" both have order 1; only one place in the list can be shown.
          Fix: give every entry its own order number.]
    `);
  });

  it('fail on a gap when the orders must be 1 to N, and sort otherwise', () => {
    expect(() =>
      assertUniqueOrder(
        'zeven-w.yaml',
        [
          { id: 'a', order: 1 },
          { id: 'b', order: 3 },
        ],
        2,
      ),
    ).toThrow('expected the orders 1, 2 (2 entries); received 1, 3');
    expect(
      assertUniqueOrder('x', [
        { id: 'b', order: 2 },
        { id: 'a', order: 1 },
      ]).map((e) => e.id),
    ).toEqual(['a', 'b']);
  });

  it('fail on a lesson whose quiz does not exist, with suggestions', () => {
    expect(() => checkLessons([{ id: 'les', order: 1, quiz: 'spagat' }], [quiz('spagaat', ['single'])])).toThrow(
      'there is no knowledge check "spagat".\n    Fix: create content/quizzes/spagat.yaml or name an existing quiz (did you mean "spagaat"?).',
    );
  });

  it('return the editorial minimums, with singular and plural right', () => {
    const [error] = checkLessons([{ id: 'les', order: 1, quiz: 'klein' }], [quiz('klein', ['single'])]);
    expect(error?.message).toMatchInlineSnapshot(`
      "Content file content/quizzes/klein.yaml has 2 problems:
        • questions: the knowledge check of lesson "les" needs at least 4 questions; received 1 question.
          Fix: add questions until there are at least 4.
        • questions: the knowledge check of lesson "les" needs at least 2 question types; received 1 question type.
          Fix: mix question types, e.g. add a single or a sort question."
    `);
    expect(
      checkLessons([{ id: 'les', order: 1, quiz: 'ok' }], [quiz('ok', ['single', 'multi', 'single', 'sort'])]),
    ).toEqual([]);
  });

  it('warn in dev and fail when strict', () => {
    const errors = checkLessons([{ id: 'les', order: 1, quiz: 'klein' }], [quiz('klein', ['single'])]);
    const warnings: string[] = [];
    reportEditorial(errors, false, (text) => warnings.push(text));
    expect(warnings).toHaveLength(1);
    expect(() => reportEditorial(errors, true)).toThrow('needs at least 4 questions; received 1 question');
  });

  it('name the component, the id and the closest ids', () => {
    expect(
      unknownIdError('Begrip', 'doelbinden', ['doelbinding', 'avg'], '/lessen/x/', 'term').message,
    ).toMatchInlineSnapshot(`
      "Content file behind page /lessen/x/ has 1 problem:
        • <Begrip term>: there is no "doelbinden" among the 2 known ids.
          Fix: use an existing id (did you mean "doelbinding", "avg"?), or add the entry it names."
    `);
  });
});
