import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../../src/lib/lms/suspend-data';
import { type ScorableQuestion, scoreQuestion } from '../../../src/lib/quiz/scoring';

const content = new URL('../../../content/', import.meta.url);
const yamlFiles = (folder: string) =>
  readdirSync(new URL(`${folder}/`, content))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      name: name.replace(/\.yaml$/, ''),
      data: parse(readFileSync(new URL(`${folder}/${name}`, content), 'utf8')),
    }));
const time = '2026-11-30T23:59:59.999Z';
const envelope = (data: unknown) => JSON.stringify({ version: 1, data });
const longest = (values: string[]) => values.reduce((a, b) => (b.length > a.length ? b : a), '');

type Question = ScorableQuestion & {
  id: string;
  categories?: { id: string }[];
  pairs?: { id: string; partner: string }[];
  distractors?: string[];
};

/** The largest answer a learner can store for a question: every option ticked, the longest texts chosen. */
function largestAnswer(question: Question): unknown {
  switch (question.type) {
    case 'een-antwoord':
      return { selected: [longest(question.options.map((option) => option.id))] };
    case 'meerdere-antwoorden':
      return { selected: question.options.map((option) => option.id) };
    case 'indelen': {
      const category = longest((question.categories ?? []).map((entry) => entry.id));
      return { assigned: Object.fromEntries(question.items.map((item) => [item.id, category])) };
    }
    case 'volgorde':
      return { order: question.steps.map((step) => step.id) };
    case 'koppelen': {
      const partner = longest([...question.pairs.map((pair) => pair.partner), ...(question.distractors ?? [])]);
      return { assigned: Object.fromEntries(question.pairs.map((pair) => [pair.id, partner])) };
    }
  }
}

/** Every knowledge check of the course fully answered, checked many times, with a result. */
const quizzes = Object.fromEntries(
  yamlFiles('quizzes').map(({ name, data }) => {
    const questions = data.questions as Question[];
    const max = questions.reduce((sum, question) => sum + scoreQuestion(question, {}).max, 0);
    return [
      name,
      {
        questions: Object.fromEntries(
          questions.map((question) => [question.id, { answer: largestAnswer(question), checked: true, attempts: 999 }]),
        ),
        result: { score: max, max, passed: true, completedAt: time },
      },
    ];
  }),
);
const lessonSlugs = readdirSync(new URL('lessons/', content)).map((name) => name.replace(/\.mdx$/, ''));
const stellingIds = yamlFiles('stellingen').map(({ data }) => data.id as string);
const scanQuestionIds = (
  parse(readFileSync(new URL('course/zelfscan.yaml', content), 'utf8')) as { questions: { id: string }[] }[]
).flatMap((theme) => theme.questions.map((question) => question.id));

/** The largest state of every section whose size the course bounds (no free text beyond a name). */
const boundedState: Record<string, string> = {
  quizzes: envelope(quizzes),
  lessons: envelope(Object.fromEntries(lessonSlugs.map((slug) => [slug, { firstVisited: time, lastVisited: time }]))),
  scenarios: envelope(
    Object.fromEntries(
      yamlFiles('scenarios').map(({ name }) => [
        name,
        {
          steps: Array.from({ length: 30 }, () => 3),
          ending: { id: 'een-lang-einde-van-het-scenario', rating: 'kan-beter', score: 12, completedAt: time },
        },
      ]),
    ),
  ),
  stellingen: envelope({
    voormeting: Object.fromEntries(stellingIds.map((id) => [id, { position: 'het hangt ervan af', certainty: 3 }])),
    nameting: Object.fromEntries(stellingIds.map((id) => [id, { position: 'het hangt ervan af', certainty: 3 }])),
  }),
  certificaat: envelope({ name: 'Wilhelmina '.repeat(11).slice(0, 120) }),
  zelfscan: envelope({
    answers: Object.fromEntries(scanQuestionIds.map((id) => [id, { answer: 'weet-niet', note: '' }])),
    proposals: {},
  }),
};

/** Free text has no practical bound: five full 7×W canvases and long zelfscan notes. */
const prose = (seed: number) =>
  Array.from({ length: 400 }, (_, index) => `woord${(index * 7919 + seed * 104729) % 100003}`).join(' ');
const withFreeText: Record<string, string> = {
  ...boundedState,
  zelfscan: envelope({
    answers: Object.fromEntries(scanQuestionIds.map((id, index) => [id, { answer: 'deels', note: prose(index) }])),
    proposals: {},
  }),
  canvases: envelope({
    canvases: Object.fromEntries(
      [1, 2, 3, 4, 5].map((n) => [
        `c-${n}`,
        {
          id: `c-${n}`,
          name: `Canvas ${n}`,
          answers: Object.fromEntries(
            ['wat', 'doel', 'partijen', 'taken', 'werkproces', 'risicos', 'maatregelen'].map((w, i) => [
              w,
              prose(n * 10 + i),
            ]),
          ),
          createdAt: time,
          updatedAt: time,
        },
      ]),
    ),
    activeId: 'c-1',
  }),
};

describe('suspend data for SCORM 1.2', () => {
  it('carries the largest bounded state in full within 4,096 characters, and reads it back unchanged', () => {
    const encoded = encodeSuspendData(boundedState);
    expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(encoded.dropped).toEqual([]);
    expect(encoded.resultsOnly).toBe(false);
    expect(decodeSuspendData(encoded.text)).toEqual(boundedState);
  });

  it('leaves out free text first when it would not fit, keeping every knowledge check', () => {
    const encoded = encodeSuspendData(withFreeText);
    expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(encoded.dropped).toContain('canvases');
    expect(encoded.kept[0]).toBe('quizzes');
    expect(decodeSuspendData(encoded.text)?.quizzes).toBe(withFreeText.quizzes);
  });

  it('keeps only the checks’ results (completion and score) when even their answers do not fit', () => {
    const encoded = encodeSuspendData(boundedState, 900);
    expect(encoded.text.length).toBeLessThanOrEqual(900);
    expect(encoded.resultsOnly).toBe(true);
    const restored = JSON.parse(decodeSuspendData(encoded.text)?.quizzes ?? '{}');
    expect(restored.data['les-01']).toEqual({ questions: {}, result: quizzes['les-01']?.result });
  });

  it('gives up on resume data, never on the rest, when nothing fits', () => {
    expect(encodeSuspendData(boundedState, 10)).toEqual({
      text: '',
      kept: [],
      dropped: Object.keys(boundedState),
      resultsOnly: false,
    });
  });

  it.each([
    ['nothing stored', {}],
    ['only sections it does not carry', { 'trainer-telling': envelope({}) }],
  ])('writes an empty string for %s', (_case, stored) => {
    expect(encodeSuspendData(stored).text).toBe('');
  });

  it.each([
    ['empty', ''],
    ['another package’s data', 'lesson=3;page=12'],
    ['damaged', 'pw1:%%%not-base64'],
  ])('reads %s suspend data as nothing to restore', (_case, text) => {
    expect(decodeSuspendData(text)).toBeUndefined();
  });
});
