import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectStorage } from '../../src/stores/persistent-section';
import { FakeStorage } from './fake-storage';

const noEvents = { addEventListener() {}, removeEventListener() {} };
const storage = new FakeStorage();
connectStorage(storage, noEvents);
const { $scenarioRuns, recordScenarioEnding, saveSteps } = await import('../../src/stores/scenarios');

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

/** Loads the store afresh, as a new page would, over the given stored text. */
async function loadStored(data: unknown) {
  vi.resetModules();
  storage.items.set('pettenwijzer:scenarios', JSON.stringify({ version: 1, data }));
  (await import('../../src/stores/persistent-section')).connectStorage(storage, noEvents);
  return (await import('../../src/stores/scenarios')).$scenarioRuns.get();
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
