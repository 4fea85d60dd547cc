import { describe, expect, it } from 'vitest';
import { buildOutline, describeCondition } from '../../../src/lib/scenario/outline';
import type { Scenario } from '../../../src/schemas/scenario';

const variables = [{ id: 'zonder-grondslag', label: 'Deelde zonder grondslag' }];

describe('conditions in words', () => {
  it.each([
    ['zonder-grondslag >= 1', 'Deelde zonder grondslag: minstens 1'],
    ['zonder-grondslag == 0', 'Deelde zonder grondslag: precies 0'],
    ['score < 3', 'Score: minder dan 3'],
    ['kapot', 'kapot'],
  ])('"%s" reads as "%s"', (condition, words) => {
    expect(describeCondition(condition, variables)).toBe(words);
  });
});

describe('the text version of a story', () => {
  const source = { title: 'Bron', url: 'https://example.org/' };
  const scenario = {
    title: 'Test',
    summary: 'Een kort verhaal om de tekstversie te testen.',
    role: 'tester',
    order: 1,
    start: 'a',
    variables,
    nodes: [
      { id: 'b', title: 'Tweede', text: 'B', choices: [{ label: 'Klaar', to: 'einde', feedback: 'ok' }] },
      {
        id: 'a',
        title: 'Eerste',
        speaker: 'Mentor',
        text: 'A',
        choices: [
          { label: 'Door', to: 'b', feedback: 'ok', pet: 'hulpverlenerspet' },
          { label: 'Stoppen', to: 'einde', feedback: 'ok', when: ['zonder-grondslag >= 1'] },
        ],
      },
    ],
    endings: [
      {
        id: 'einde',
        title: 'Het einde',
        rating: 'kan-beter',
        pet: 'gemeentepet',
        text: 'x',
        articles: [],
        sources: [source],
      },
    ],
    uncertain: [],
  } satisfies Scenario;

  it('lists situations in reading order from the start, with their choices, then the endings', () => {
    const outline = buildOutline(scenario);
    expect(outline.map((entry) => entry.title)).toEqual(['Eerste', 'Tweede', 'Het einde']);
    expect(outline[0]).toMatchObject({
      kind: 'situation',
      speaker: 'Mentor',
      choices: [
        { number: 1, label: 'Door', toTitle: 'Tweede', onlyIf: [], pet: 'hulpverlenerspet' },
        { number: 2, label: 'Stoppen', toTitle: 'Het einde', onlyIf: ['Deelde zonder grondslag: minstens 1'] },
      ],
    });
    expect(outline[2]).toEqual({ kind: 'ending', id: 'einde', title: 'Het einde', rating: 'Kan beter' });
  });
});
