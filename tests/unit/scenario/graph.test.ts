import { describe, expect, it } from 'vitest';
import {
  checkEndingReachable,
  checkNoStuckRoute,
  checkRatings,
  checkReachable,
  checkScenarioGraph,
  checkStart,
  checkTargets,
  checkUniqueIds,
  checkVariables,
  type ScenarioGraph,
} from '../../../src/lib/scenario/graph';

const valid: ScenarioGraph = {
  start: 'a',
  variables: [{ id: 'gedeeld' }],
  nodes: [
    { id: 'a', choices: [{ to: 'b', effects: { gedeeld: 1 } }, { to: 'b' }] },
    {
      id: 'b',
      choices: [{ to: 'goed', when: ['gedeeld == 0'] }, { to: 'riskant', when: ['gedeeld >= 1'] }, { to: 'a' }],
    },
  ],
  endings: [
    { id: 'goed', rating: 'goed' },
    { id: 'riskant', rating: 'riskant' },
  ],
};

const messages = (issues: { message: string }[]) => issues.map((issue) => issue.message);

describe('scenario graph checks', () => {
  it('accept a story with a loop that has an exit and complementary conditions', () => {
    expect(checkScenarioGraph(valid)).toEqual([]);
  });

  it('report a start that is not a node', () => {
    expect(messages(checkStart({ ...valid, start: 'goed' }))).toEqual(['the start node "goed" does not exist']);
  });

  it('report a choice leading nowhere, with its node and choice number', () => {
    const graph = { ...valid, nodes: [{ id: 'a', choices: [{ to: 'weg' }] }] };
    expect(checkTargets(graph)).toEqual([
      {
        path: ['nodes', 0, 'choices', 0, 'to'],
        message: 'in node "a", choice 1 leads to "weg", which is not a node or ending',
        fix: 'use one of: a, goed, riskant.',
      },
    ]);
  });

  it('report nodes and endings nobody can reach', () => {
    const graph = { ...valid, endings: [...valid.endings, { id: 'los', rating: 'goed' }] };
    expect(messages(checkReachable(graph))).toEqual(['the ending "los" cannot be reached from the start']);
  });

  it('report a node from which no ending can be reached', () => {
    const graph = { ...valid, nodes: [...valid.nodes, { id: 'c', choices: [{ to: 'c' }] }, { id: 'd', choices: [] }] };
    expect(messages(checkEndingReachable(graph))).toEqual([
      'from the node "c" no ending can be reached: its choices only loop back',
      'the node "d" has no choices, so the story stops there',
    ]);
  });

  it('report conditions and effects on undeclared variables, and unreadable conditions', () => {
    const graph: ScenarioGraph = {
      ...valid,
      nodes: [
        {
          id: 'a',
          passages: [{ when: ['onbekend > 1'] }],
          choices: [{ to: 'goed', when: ['kapot'], effects: { geheim: 1, score: 2 } }],
        },
      ],
    };
    expect(messages(checkVariables(graph))).toEqual([
      'in node "a", passage 1: the condition names "onbekend", which is not declared',
      'in node "a", choice 1: the condition "kapot" cannot be read',
      'in node "a", choice 1: the effect changes "geheim", which is not declared',
    ]);
  });

  it('report an ending without a valid rating', () => {
    expect(messages(checkRatings({ ...valid, endings: [{ id: 'goed' }, { id: 'x', rating: 'prima' }] }))).toEqual([
      'the ending "goed" has no valid rating',
      'the ending "x" has no valid rating',
    ]);
  });

  it('report duplicate ids across nodes and endings, and a declared score', () => {
    const graph = { ...valid, variables: [{ id: 'score' }], endings: [{ id: 'a', rating: 'goed' }] };
    expect(messages(checkUniqueIds(graph))).toEqual([
      'the id "a" is used for more than one node or ending',
      '"score" is built in',
    ]);
  });

  it('report the route after which no choice is offered', () => {
    const graph: ScenarioGraph = {
      ...valid,
      nodes: [
        valid.nodes[0] as ScenarioGraph['nodes'][number],
        { id: 'b', choices: [{ to: 'goed', when: ['gedeeld == 0'] }] },
      ],
    };
    expect(messages(checkNoStuckRoute(graph))).toEqual([
      'in node "b", no choice\'s condition holds after the route a → b',
    ]);
  });
});
