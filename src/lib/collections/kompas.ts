// Reads the Pettenkompas from its collections for the pages, checks the graph across both files (failing the
// build with the friendly errors) and builds one typed view per page, which the components only render.
import { getCollection } from 'astro:content';
import type { Source } from '../../schemas/common';
import type { KompasUitkomst, KompasVraag } from '../../schemas/kompas';
import type { PetIconId } from '../common/pet-icons';
import { petLabel } from '../common/pets';
import { renderInlineMarkdown, renderMarkdown } from '../common/render-markdown';
import { assertNoKompasIssues, checkKompas, type KnownIds } from '../kompas/graph';
import { encodeStep, kompasHref, onlyParent, routesTo, stepsTowards } from '../kompas/route';
import { loadWetgeving } from '../wetgeving/data';

/** A link to a lesson, scenario or glossary term. */
export interface KompasLink {
  href: string;
  text: string;
}

/** One answer of a question page: its link and texts. */
export interface AnswerView {
  step: string;
  href: string;
  label: string;
  explain?: string;
}

/** Everything a question page shows. */
export interface QuestionView {
  kind: 'vraag';
  id: string;
  title: string;
  introHtml?: string;
  answers: AnswerView[];
  terms: KompasLink[];
  /** Where "Terug" leads without a route: the only question before this one, or the kompas's first page. */
  backHref: string;
  isStart: boolean;
}

/** One line of "Jouw afweging". */
export interface RouteLine {
  step: string;
  next: string;
  question: string;
  answer: string;
}

/** Everything an outcome page shows. */
export interface OutcomeView {
  kind: 'uitkomst';
  id: string;
  title: string;
  pet: PetIconId;
  petLabel: string;
  verdict: KompasUitkomst['verdict'];
  verdictHtml: string;
  shareHtml: string;
  tellInwonerHtml: string;
  recordHtml: string;
  danger: boolean;
  articles: string[];
  /** Ids in content/course/wetgeving.yaml whose status (with its date) the page shows. */
  wetten: string[];
  sources: Source[];
  checkedOn: string;
  uncertainHtml: string[];
  lessons: KompasLink[];
  scenarios: KompasLink[];
  terms: KompasLink[];
  /** Every answer on some route to this outcome, in route order; the route shown is picked from these. */
  routeLines: RouteLine[];
  /** True when only one route leads here: then it is shown without JavaScript too. */
  uniqueRoute: boolean;
  startId: string;
  backHref: string;
}

export type KompasPage = QuestionView | OutcomeView;

/** The questions and outcomes, checked as a whole: one start, every route ends in an outcome, every link exists. */
export async function loadKompas(): Promise<{ questions: KompasVraag[]; outcomes: KompasUitkomst[] }> {
  const [vragen, uitkomsten, lessons, scenarios, begrippen] = await Promise.all([
    getCollection('kompasVragen'),
    getCollection('kompasUitkomsten'),
    getCollection('lessons'),
    getCollection('scenarios'),
    getCollection('begrippen'),
  ]);
  const questions = vragen.map((entry) => entry.data);
  const outcomes = uitkomsten.map((entry) => entry.data);
  const known: KnownIds = {
    lessons: lessons.map((lesson) => lesson.id),
    scenarios: scenarios.map((scenario) => scenario.id),
    terms: begrippen.map((term) => term.id),
    wet: loadWetgeving().map((wet) => wet.id),
  };
  assertNoKompasIssues(checkKompas({ questions, outcomes }, known));
  return { questions, outcomes };
}

/** The first question: the one with `start: true` (the graph check guarantees there is exactly one). */
export async function kompasStart(): Promise<KompasVraag> {
  const { questions } = await loadKompas();
  const start = questions.find((question) => question.start);
  if (!start) throw new Error('content/kompas/vragen.yaml: no question has `start: true`.');
  return start;
}

/** One page per question and outcome, for getStaticPaths of /kompas/[id]/. */
export async function kompasPaths(): Promise<{ params: { id: string }; props: { page: KompasPage } }[]> {
  const { questions, outcomes } = await loadKompas();
  const [lessons, scenarios, begrippen] = await Promise.all([
    getCollection('lessons'),
    getCollection('scenarios'),
    getCollection('begrippen'),
  ]);
  const lessonLink = (id: string): KompasLink => {
    const lesson = lessons.find((entry) => entry.id === id);
    return { href: `/lessen/${id}/`, text: `Les ${lesson?.data.order}: ${lesson?.data.title}` };
  };
  const scenarioLink = (id: string): KompasLink => ({
    href: `/scenarios/${id}/`,
    text: `Scenario: ${scenarios.find((scenario) => scenario.id === id)?.data.title}`,
  });
  const termLink = (id: string): KompasLink => ({
    href: `/begrippen/#${id}`,
    text: begrippen.find((term) => term.id === id)?.data.term ?? id,
  });
  const startId = questions.find((question) => question.start)?.id ?? '';
  const backHref = (id: string) => (id === startId ? '/kompas/' : kompasHref(onlyParent(questions, id) ?? startId));
  const byId = new Map(questions.map((question) => [question.id, question]));

  const questionPages = questions.map(
    (question): QuestionView => ({
      kind: 'vraag',
      id: question.id,
      title: question.title,
      introHtml: question.intro
        ? renderMarkdown(question.intro, `content/kompas/vragen.yaml (${question.id})`)
        : undefined,
      answers: question.answers.map((answer) => {
        const step = { question: question.id, answer: answer.id };
        return {
          step: encodeStep(step),
          href: kompasHref(answer.next, [step]),
          label: answer.label,
          explain: answer.explain,
        };
      }),
      terms: question.terms.map(termLink),
      backHref: backHref(question.id),
      isStart: question.id === startId,
    }),
  );

  const outcomePages = outcomes.map((outcome): OutcomeView => {
    const where = `content/kompas/uitkomsten.yaml (${outcome.id})`;
    const routeLines = stepsTowards(questions, outcome.id).map((step): RouteLine => {
      const question = byId.get(step.question);
      const answer = question?.answers.find((candidate) => candidate.id === step.answer);
      return {
        step: encodeStep(step),
        next: answer?.next ?? '',
        question: question?.title ?? step.question,
        answer: answer?.label ?? step.answer,
      };
    });
    return {
      kind: 'uitkomst',
      id: outcome.id,
      title: outcome.title,
      pet: outcome.pet,
      petLabel: petLabel(outcome.pet),
      verdict: outcome.verdict,
      verdictHtml: renderInlineMarkdown(outcome.verdictText, where),
      shareHtml: renderMarkdown(outcome.share, where),
      tellInwonerHtml: renderMarkdown(outcome.tellInwoner, where),
      recordHtml: renderMarkdown(outcome.record, where),
      danger: outcome.danger,
      articles: outcome.articles,
      wetten: outcome.wet,
      sources: outcome.sources,
      checkedOn: outcome.checkedOn,
      uncertainHtml: outcome.uncertain.map((point) => renderInlineMarkdown(point, where)),
      lessons: outcome.lessons.map(lessonLink),
      scenarios: outcome.scenarios.map(scenarioLink),
      terms: outcome.terms.map(termLink),
      routeLines,
      uniqueRoute: routesTo(questions, outcome.id, 2).length === 1,
      startId,
      backHref: backHref(outcome.id),
    };
  });

  return [...questionPages, ...outcomePages].map((page) => ({ params: { id: page.id }, props: { page } }));
}
