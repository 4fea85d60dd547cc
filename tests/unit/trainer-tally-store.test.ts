import { beforeEach, describe, expect, it } from 'vitest';
import { connectStorage } from '../../src/stores/persistent-section';
import { FakeStorage } from './fake-storage';

const noEvents = { addEventListener() {}, removeEventListener() {} };
const storage = new FakeStorage();
connectStorage(storage, noEvents);
const { $trainerTally, clearTrainerTally, saveRoundTally } = await import('../../src/stores/trainer-tally');

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

  it('stores nothing once both rounds are cleared', () => {
    saveRoundTally('voormeting', counts);
    clearTrainerTally();
    expect(storage.getItem('pettenwijzer:trainer-telling')).toBeNull();
  });
});
