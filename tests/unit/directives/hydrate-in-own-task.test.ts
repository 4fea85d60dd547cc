import { afterEach, describe, expect, it, vi } from 'vitest';
import { hydrateInOwnTask } from '../../../src/directives/hydrate-in-own-task';

afterEach(() => {
  vi.useRealTimers();
});

describe('hydrating an island in a task of its own', () => {
  it('renders only after a timer, not in the task that ran the modules', async () => {
    vi.useFakeTimers();
    const hydrate = vi.fn(async () => {});
    const done = hydrateInOwnTask(async () => hydrate);
    // Every promise callback of the current task runs; the render must still wait.
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    expect(hydrate).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    await done;
    expect(hydrate).toHaveBeenCalledOnce();
  });

  it('passes on a failed render, so Astro can report it', async () => {
    const failure = new Error('render failed');
    await expect(hydrateInOwnTask(async () => () => Promise.reject(failure))).rejects.toBe(failure);
  });
});
