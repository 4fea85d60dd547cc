import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectStorage } from '../../../src/stores/persistent-section';
import { FakeStorage, noStorageEvents } from '../helpers/fake-storage';

const storage = new FakeStorage();
connectStorage(storage, noStorageEvents);
const { $scenarioRuns, recordScenarioEnding, saveSteps } = await import('../../../src/stores/scenarios');
const { chooseInScenario } = await import('../../../src/stores/scenarios-actions');

beforeEach(() => {
  $scenarioRuns.set({});
  storage.items.clear();
});

describe('the scenario store', () => {
  it('keeps the route as choice indexes and the last ending, also after starting over', () => {
    saveSteps('school-belt', [0, 2, 1]);
    recordScenarioEnding(
      'school-belt',
      { id: 'einde-goed', rating: 'goed', score: 5 },
      new Date('2026-11-25T10:00:00Z'),
    );
    saveSteps('school-belt', []);
    expect($scenarioRuns.get()['school-belt']).toEqual({
      steps: [],
      ending: { id: 'einde-goed', rating: 'goed', score: 5, completedAt: '2026-11-25T10:00:00.000Z' },
    });
    expect(storage.getItem('pettenwijzer:scenarios')).toContain('"einde-goed"');
  });

  it('keeps runs of other scenarios apart', () => {
    saveSteps('a', [1]);
    saveSteps('b', [0, 0]);
    expect(Object.keys($scenarioRuns.get()).sort()).toEqual(['a', 'b']);
  });
});

// Two situations; the second's first choice ends well and adds to the score, its second ends badly.
const story = {
  start: 'begin',
  nodes: [
    { id: 'begin', title: 'Begin', choices: [{ label: 'Verder', to: 'midden' }] },
    {
      id: 'midden',
      title: 'Midden',
      choices: [
        { label: 'Goed', to: 'einde-goed', effects: { score: 2 } },
        { label: 'Fout', to: 'einde-fout' },
      ],
    },
  ],
  endings: [
    { id: 'einde-goed', rating: 'goed' as const },
    { id: 'einde-fout', rating: 'riskant' as const },
  ],
};

describe('choosing in a scenario', () => {
  it('keeps the longer route and returns the choice, without an ending while the story goes on', () => {
    expect(chooseInScenario('s', story, [], 0)?.label).toBe('Verder');
    expect($scenarioRuns.get().s).toEqual({ steps: [0] });
  });

  it('records the ending with its score when the choice ends the story', () => {
    chooseInScenario('s', story, [0], 0);
    expect($scenarioRuns.get().s?.steps).toEqual([0, 0]);
    expect($scenarioRuns.get().s?.ending).toMatchObject({ id: 'einde-goed', rating: 'goed', score: 2 });
  });

  it('changes nothing for a choice that is not there', () => {
    expect(chooseInScenario('s', story, [0], 5)).toBeUndefined();
    expect(chooseInScenario('s', story, [0, 0], 0)).toBeUndefined();
    expect($scenarioRuns.get()).toEqual({});
  });
});

/** Loads the store afresh, as a new page would, over the given stored text. */
async function loadStored(data: unknown) {
  vi.resetModules();
  storage.items.set('pettenwijzer:scenarios', JSON.stringify({ version: 1, data }));
  (await import('../../../src/stores/persistent-section')).connectStorage(storage, noStorageEvents);
  return (await import('../../../src/stores/scenarios')).$scenarioRuns.get();
}

describe('stored scenario runs that do not fit', () => {
  it.each([
    ['a negative step', { x: { steps: [-1] } }],
    ['a step that is not a whole number', { x: { steps: [1.5] } }],
    ['an unknown rating', { x: { steps: [], ending: { id: 'e', rating: 'prima', score: 1, completedAt: '' } } }],
    ['a run without steps', { x: { ending: { id: 'e', rating: 'goed', score: 1, completedAt: '' } } }],
  ])('are refused as a whole: %s', async (_label, data) => {
    expect(await loadStored(data)).toEqual({});
  });

  it('are read back when they fit', async () => {
    expect(await loadStored({ x: { steps: [0, 1] } })).toEqual({ x: { steps: [0, 1] } });
  });
});
