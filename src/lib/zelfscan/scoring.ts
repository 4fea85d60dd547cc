import type { ScanAnswerValue, ScanQuestionView, ScanThemeView, ZelfscanData } from './data';

/** How each answer is labelled for the user. */
export const scanAnswerLabels: Record<ScanAnswerValue, string> = {
  ja: 'Ja',
  deels: 'Deels',
  nee: 'Nee',
  'weet-niet': 'Weet niet',
};

/** Points for one answer: 2 when in order, 1 for "deels", 0 for the other answer or "weet niet". */
export function questionScore(
  question: Pick<ScanQuestionView, 'desired'>,
  answer?: ScanAnswerValue,
): number | undefined {
  if (answer === undefined) return undefined;
  if (answer === 'deels') return 1;
  return answer === question.desired ? 2 : 0;
}

/** How a theme is doing. */
export type ThemeLevel = 'op-orde' | 'deels-op-orde' | 'aandacht-nodig' | 'niet-ingevuld';

export const themeLevelLabels: Record<ThemeLevel, string> = {
  'op-orde': 'Op orde',
  'deels-op-orde': 'Deels op orde',
  'aandacht-nodig': 'Aandacht nodig',
  'niet-ingevuld': 'Nog niet ingevuld',
};

/** One row of the profile: a theme's score over the questions answered so far. */
export interface ThemeProfile {
  themeId: string;
  title: string;
  answered: number;
  total: number;
  unknown: number;
  score: number;
  max: number;
  percent: number;
  level: ThemeLevel;
}

/** The profile per theme; "weet niet" counts as 0 points, because not knowing is a gap too. */
export function themeProfiles(themes: readonly ScanThemeView[], answers: ZelfscanData['answers']): ThemeProfile[] {
  return sortThemes(themes).map((theme) => {
    const scores = theme.questions
      .map((question) => questionScore(question, answers[question.id]?.answer))
      .filter((score) => score !== undefined);
    const score = scores.reduce((sum, points) => sum + points, 0);
    const max = scores.length * 2;
    const percent = max === 0 ? 0 : Math.round((score / max) * 100);
    return {
      themeId: theme.id,
      title: theme.title,
      answered: scores.length,
      total: theme.questions.length,
      unknown: theme.questions.filter((question) => answers[question.id]?.answer === 'weet-niet').length,
      score,
      max,
      percent,
      level: levelFor(max, percent),
    };
  });
}

function levelFor(max: number, percent: number): ThemeLevel {
  if (max === 0) return 'niet-ingevuld';
  if (percent >= 80) return 'op-orde';
  return percent >= 40 ? 'deels-op-orde' : 'aandacht-nodig';
}

/** A question whose answer shows something to improve, with what to do about it. */
export interface Gap {
  question: ScanQuestionView;
  themeTitle: string;
  answer: ScanAnswerValue;
  /** Severity times the question's weight; higher comes first. */
  priority: number;
  steps: string[];
}

/** How serious an answer is: the undesired answer 3, "weet niet" 2, "deels" 1, in order 0. */
export function severity(question: Pick<ScanQuestionView, 'desired'>, answer: ScanAnswerValue): number {
  if (answer === 'weet-niet') return 2;
  if (answer === 'deels') return 1;
  return answer === question.desired ? 0 : 3;
}

/** The next steps for a gap: for "weet niet" first how to find out, then the steps from the beleidskeuzes. */
export function adviceFor(question: ScanQuestionView, answer: ScanAnswerValue): string[] {
  if (severity(question, answer) === 0) return [];
  return answer === 'weet-niet' ? [question.findOut, ...question.nextSteps] : [...question.nextSteps];
}

/** The gaps, most pressing first; equal priority keeps the order of the scan. */
export function rankGaps(themes: readonly ScanThemeView[], answers: ZelfscanData['answers']): Gap[] {
  const gaps: Gap[] = [];
  for (const theme of sortThemes(themes)) {
    for (const question of theme.questions) {
      const answer = answers[question.id]?.answer;
      if (answer === undefined || severity(question, answer) === 0) continue;
      gaps.push({
        question,
        themeTitle: theme.title,
        answer,
        priority: severity(question, answer) * question.weight,
        steps: adviceFor(question, answer),
      });
    }
  }
  // Array.prototype.sort is stable, so equal priorities stay in scan order.
  return gaps.sort((a, b) => b.priority - a.priority);
}

/** How many questions have an answer, of how many. */
export function scanProgress(
  themes: readonly ScanThemeView[],
  answers: ZelfscanData['answers'],
): { answered: number; total: number } {
  const questions = themes.flatMap((theme) => theme.questions);
  return {
    answered: questions.filter((question) => answers[question.id]?.answer !== undefined).length,
    total: questions.length,
  };
}

function sortThemes(themes: readonly ScanThemeView[]): ScanThemeView[] {
  return [...themes].sort((a, b) => a.order - b.order);
}
