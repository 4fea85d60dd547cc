import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectStorage } from '../../../src/stores/persistent-section';
import { FakeStorage, noStorageEvents } from '../helpers/fake-storage';

const storage = new FakeStorage();
connectStorage(storage, noStorageEvents);
const { $trainerTally } = await import('../../../src/stores/trainer-tally');
const { clearTrainerTally, saveRoundTally } = await import('../../../src/stores/trainer-tally-actions');

const counts = { s1: { eens: 3, oneens: 1, 'het hangt ervan af': 0 } };

beforeEach(() => {
  clearTrainerTally();
  storage.items.clear();
});

describe('the trainer tally store', () => {
  it('saves the voormeting and the nameting counts side by side', () => {
    saveRoundTally('voormeting', counts);
    saveRoundTally('nameting', { s1: { eens: 0, oneens: 4, 'het hangt ervan af': 0 } });
    expect($trainerTally.get().voormeting).toEqual(counts);
    expect($trainerTally.get().nameting?.s1?.oneens).toBe(4);
    expect(storage.getItem('pettenwijzer:trainer-telling')).toContain('"oneens":4');
  });

  it('keeps the chat summary of a round beside its counts, and drops it when the round is saved by hand', () => {
    saveRoundTally('voormeting', counts, { deelnemers: 4, onleesbaar: 3 });
    saveRoundTally('nameting', counts, { deelnemers: 2, onleesbaar: 0 });
    expect($trainerTally.get().summary).toEqual({
      voormeting: { deelnemers: 4, onleesbaar: 3 },
      nameting: { deelnemers: 2, onleesbaar: 0 },
    });
    saveRoundTally('voormeting', counts);
    expect($trainerTally.get().summary).toEqual({ nameting: { deelnemers: 2, onleesbaar: 0 } });
    saveRoundTally('nameting', counts);
    expect($trainerTally.get()).toEqual({ voormeting: counts, nameting: counts });
  });

  it('stores nothing once both rounds are cleared', () => {
    saveRoundTally('voormeting', counts);
    clearTrainerTally();
    expect(storage.getItem('pettenwijzer:trainer-telling')).toBeNull();
  });
});

/** Loads the store afresh, as a new page would, over the given stored text. */
async function loadStored(raw: string) {
  vi.resetModules();
  storage.items.set('pettenwijzer:trainer-telling', raw);
  (await import('../../../src/stores/persistent-section')).connectStorage(storage, noStorageEvents);
  return (await import('../../../src/stores/trainer-tally')).$trainerTally.get();
}

describe('reading the trainer tally back', () => {
  it('reads saved counts back', async () => {
    const raw = '{"version":1,"data":{"nameting":{"s1":{"eens":1,"oneens":2,"het hangt ervan af":0}}}}';
    expect(await loadStored(raw)).toEqual({ nameting: { s1: { eens: 1, oneens: 2, 'het hangt ervan af': 0 } } });
  });

  it('reads a chat summary back', async () => {
    const raw = '{"version":1,"data":{"voormeting":{},"summary":{"voormeting":{"deelnemers":4,"onleesbaar":3}}}}';
    expect((await loadStored(raw)).summary).toEqual({ voormeting: { deelnemers: 4, onleesbaar: 3 } });
  });

  it.each([
    ['{"version":1,"data":{"summary":{"voormeting":{"deelnemers":"vier"}}}}', 'a summary written as text'],
    ['{"version":1,"data":{"voormeting":{"s1":{"eens":"1","oneens":2}}}}', 'a count written as text'],
    ['{"version":1,"data":{"voormeting":{"s1":{"eens":1.5}}}}', 'a count that is not whole'],
    ['{"version":1,"data":{"voormeting":{"s1":{"eens":-1,"oneens":0,"het hangt ervan af":0}}}}', 'a negative count'],
    ['{"version":1,"data":{"nameting":"veel"}}', 'a round that is not a tally'],
    ['niet eens json', 'text that is not JSON'],
  ])('starts empty from stored data %s (%s)', async (raw) => {
    expect(await loadStored(raw)).toEqual({});
  });
});
