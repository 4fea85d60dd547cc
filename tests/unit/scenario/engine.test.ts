import { describe, expect, it } from 'vitest';
import { allHold, holds, parseCondition } from '../../../src/lib/scenario/conditions';
import type { PlayableScenario } from '../../../src/lib/scenario/engine';
import { availableChoices, maxScore, petsWorn, replay, scoreOf } from '../../../src/lib/scenario/engine';

const story: PlayableScenario = {
  start: 'bel',
  nodes: [
    {
      id: 'bel',
      title: 'De school belt',
      choices: [
        { label: 'Luisteren', to: 'gezin', pet: 'hulpverlenerspet', effects: { score: 2 } },
        { label: 'Alles vertellen', to: 'gezin', pet: 'gemeentepet', effects: { gedeeld: 1 } },
      ],
    },
    {
      id: 'gezin',
      title: 'Het gezin',
      choices: [
        { label: 'Toestemming vragen', to: 'goed', effects: { score: 1 } },
        { label: 'Nog meer delen', to: 'riskant', when: ['gedeeld >= 1'] },
        { label: 'Terug', to: 'bel' },
      ],
    },
  ],
  endings: [
    { id: 'goed', rating: 'goed' },
    { id: 'riskant', rating: 'riskant' },
  ],
};

describe('conditions', () => {
  it.each([
    ['gedeeld >= 1', { variable: 'gedeeld', comparison: '>=', value: 1 }],
    ['  score<-2 ', { variable: 'score', comparison: '<', value: -2 }],
    ['zonder-grondslag == 0', { variable: 'zonder-grondslag', comparison: '==', value: 0 }],
  ])('reads "%s"', (text, expected) => {
    expect(parseCondition(text)).toEqual(expected);
  });

  it.each(['gedeeld is groot', 'gedeeld >= 1.5', '>= 1', 'Gedeeld >= 1', 'gedeeld => 1', ''])(
    'refuses "%s"',
    (text) => {
      expect(parseCondition(text)).toBeUndefined();
    },
  );

  it.each([
    ['>=', 2, 2, true],
    ['>', 2, 2, false],
    ['<=', 2, 1, true],
    ['<', 2, 2, false],
    ['==', 0, 0, true],
    ['!=', 0, 1, true],
  ] as const)('%s %i holds for %i: %s', (comparison, value, current, expected) => {
    expect(holds({ variable: 'x', comparison, value }, { x: current })).toBe(expected);
  });

  it('counts a variable that was never set as 0, and never passes an unreadable condition', () => {
    expect(allHold(['x == 0'], {})).toBe(true);
    expect(allHold(['x == 0', 'kapot'], {})).toBe(false);
    expect(allHold(undefined, {})).toBe(true);
  });
});

describe('replaying a route', () => {
  it('starts at the start node with an empty route', () => {
    const position = replay(story, []);
    expect(position.node?.id).toBe('bel');
    expect(position.route).toEqual([]);
    expect(scoreOf(position.variables)).toBe(0);
  });

  it('adds up effects and reaches an ending', () => {
    const position = replay(story, [0, 0]);
    expect(position.ending?.id).toBe('goed');
    expect(position.node).toBeUndefined();
    expect(scoreOf(position.variables)).toBe(3);
    expect(position.route.map((step) => step.choiceLabel)).toEqual(['Luisteren', 'Toestemming vragen']);
  });

  it('offers a conditional choice only after the earlier choice that enables it', () => {
    const listened = replay(story, [0]);
    const shared = replay(story, [1]);
    const labels = (position: typeof listened) =>
      position.node ? availableChoices(position.node, position.variables).map(({ choice }) => choice.label) : [];
    expect(labels(listened)).toEqual(['Toestemming vragen', 'Terug']);
    expect(labels(shared)).toEqual(['Toestemming vragen', 'Nog meer delen', 'Terug']);
    expect(replay(story, [1, 1]).ending?.rating).toBe('riskant');
  });

  it('cuts off a stored route at the first step that no longer fits the story', () => {
    expect(replay(story, [0, 1]).steps).toEqual([0]);
    expect(replay(story, [7, 0]).steps).toEqual([]);
    expect(replay(story, [0, 0, 0]).steps).toEqual([0, 0]);
  });

  it('stepping back is replaying one step less', () => {
    const position = replay(story, [1, 2, 0].slice(0, -1));
    expect(position.node?.id).toBe('bel');
    expect(position.variables).toEqual({ gedeeld: 1 });
  });

  it('counts the pets a route reflects', () => {
    expect(petsWorn(replay(story, [0, 2, 1, 0]).route)).toEqual([
      { pet: 'hulpverlenerspet', count: 1 },
      { pet: 'gemeentepet', count: 1 },
    ]);
  });
});

describe('the highest score', () => {
  it('is the best route through a story without loops', () => {
    const withoutLoop = {
      ...story,
      nodes: story.nodes.map((node) => ({ ...node, choices: node.choices.filter((c) => c.to !== 'bel') })),
    };
    expect(maxScore(withoutLoop)).toBe(3);
  });

  it('is unknown when a loop could be played for points again', () => {
    expect(maxScore(story)).toBeUndefined();
  });
});
