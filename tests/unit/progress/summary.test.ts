import { describe, expect, it } from 'vitest';
import type { CourseOutline, LearnerState } from '../../../src/lib/progress/summary';
import { certificateStatus, hasAnyProgress, nextStep } from '../../../src/lib/progress/summary';

const outline: CourseOutline = {
  lessons: [
    { slug: '02-spagaat', title: 'De spagaat', order: 2, quizId: 'les-02' },
    { slug: '01-pettenvraagstuk', title: 'Het pettenvraagstuk', order: 1, quizId: 'les-01' },
  ],
  scenarios: [
    { id: 'school-belt', title: 'De school belt' },
    { id: 'veilig-thuis-vraagt', title: 'Veilig Thuis vraagt' },
  ],
  stellingCount: 4,
};

const empty: LearnerState = {
  answeredPerRound: { voormeting: 0, nameting: 0 },
  quizResults: {},
  lessonVisits: {},
  scenarioEndings: {},
  scenariosStarted: [],
  canvasCount: 0,
  scanAnswerCount: 0,
};

const passed = (score: number) => ({ score, max: 5, passed: true, completedAt: '2026-11-20T10:00:00Z' });

describe('nextStep', () => {
  it('starts a new learner at the first lesson by order', () => {
    expect(nextStep(outline, empty)).toEqual({
      href: '/lessen/01-pettenvraagstuk/',
      label: 'Les 1: Het pettenvraagstuk',
    });
  });

  it('continues the most recently visited lesson that is not done', () => {
    const state = {
      ...empty,
      lessonVisits: {
        '01-pettenvraagstuk': { lastVisited: '2026-11-20' },
        '02-spagaat': { lastVisited: '2026-11-21' },
      },
    };
    expect(nextStep(outline, state)).toEqual({ href: '/lessen/02-spagaat/', label: 'Les 2: De spagaat' });
  });

  it('moves on to the first unfinished scenario when every lesson is done', () => {
    const state = {
      ...empty,
      quizResults: { 'les-01': passed(4), 'les-02': passed(5) },
      scenarioEndings: { 'school-belt': { rating: 'goed' as const, score: 3, completedAt: '' } },
    };
    expect(nextStep(outline, state)).toEqual({
      href: '/scenarios/veilig-thuis-vraagt/',
      label: 'Scenario: Veilig Thuis vraagt',
    });
  });

  it('points to the certificate when everything is done', () => {
    const state = {
      ...empty,
      quizResults: { 'les-01': passed(4), 'les-02': passed(5) },
      scenarioEndings: {
        'school-belt': { rating: 'goed' as const, score: 3, completedAt: '' },
        'veilig-thuis-vraagt': { rating: 'riskant' as const, score: 0, completedAt: '' },
      },
    };
    expect(nextStep(outline, state).href).toBe('/voortgang/certificaat/');
  });
});

describe('certificateStatus', () => {
  it('is not offered while a knowledge check is not passed, and names what is missing', () => {
    const state = { ...empty, quizResults: { 'les-01': passed(4), 'les-02': { ...passed(2), passed: false } } };
    expect(certificateStatus(outline, state)).toMatchObject({ eligible: false, missingLessons: ['De spagaat'] });
  });

  it('lists lessons with scores in course order and finished scenarios once every check is passed', () => {
    const state = {
      ...empty,
      quizResults: { 'les-02': passed(5), 'les-01': passed(4) },
      scenarioEndings: { 'veilig-thuis-vraagt': { rating: 'kan-beter' as const, score: 1, completedAt: '' } },
    };
    expect(certificateStatus(outline, state)).toEqual({
      eligible: true,
      missingLessons: [],
      lessons: [
        { title: 'Het pettenvraagstuk', score: 4, max: 5 },
        { title: 'De spagaat', score: 5, max: 5 },
      ],
      scenarios: [{ title: 'Veilig Thuis vraagt', rating: 'kan-beter' as const }],
    });
  });

  it('is never offered for a course without lessons', () => {
    expect(certificateStatus({ ...outline, lessons: [] }, empty).eligible).toBe(false);
  });
});

describe('hasAnyProgress', () => {
  it.each([
    ['nothing', empty, false],
    ['one stelling answered', { ...empty, answeredPerRound: { voormeting: 1, nameting: 0 } }, true],
    ['a canvas', { ...empty, canvasCount: 1 }, true],
    ['a started scenario', { ...empty, scenariosStarted: ['school-belt'] }, true],
  ])('is %s → %s', (_case, state, expected) => {
    expect(hasAnyProgress(state)).toBe(expected);
  });
});
