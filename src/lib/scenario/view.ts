import type { Scenario } from '../../schemas/scenario';
import { renderMarkdown } from '../common/render-markdown';

/** A scenario as the player receives it: the author's Markdown already turned into HTML at build time. */
export type ScenarioView = ReturnType<typeof toScenarioView>;
export type SituationView = ScenarioView['nodes'][number];
export type EndingView = ScenarioView['endings'][number];

/** Renders every Markdown field of a scenario, so the island ships HTML and no Markdown parser. */
export function toScenarioView(scenario: Scenario) {
  return {
    start: scenario.start,
    nodes: scenario.nodes.map((node) => ({
      id: node.id,
      title: node.title,
      speaker: node.speaker,
      html: renderMarkdown(node.text),
      passages: (node.passages ?? []).map((passage) => ({ when: passage.when, html: renderMarkdown(passage.text) })),
      choices: node.choices.map((choice) => ({
        label: choice.label,
        to: choice.to,
        pet: choice.pet,
        effects: choice.effects,
        when: choice.when,
        feedbackHtml: renderMarkdown(choice.feedback),
      })),
    })),
    endings: scenario.endings.map((ending) => ({
      id: ending.id,
      title: ending.title,
      rating: ending.rating,
      pet: ending.pet,
      html: renderMarkdown(ending.text),
      articles: ending.articles,
      sources: ending.sources,
    })),
  };
}
