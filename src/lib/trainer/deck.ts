// The state of the trainer's deck, shared between the presenter and the notes view over BroadcastChannel.
// Pure: pages pass the clock in, so the reducer is easy to test and both tabs compute the same timer.
import { isRecord, isWholeNumber } from '../common/guards';

/** The timer counts up; while running, elapsed time is `elapsedMs` plus the time since `startedAt`. */
export interface TimerState {
  running: boolean;
  elapsedMs: number;
  startedAt?: number;
}

/**
 * Where the deck is: slide index (0-based), whether the answer is shown, whether the room's results are shown,
 * a blank screen, and the timer.
 */
export interface DeckState {
  index: number;
  revealed: boolean;
  /** The room's answers as a chart; hidden until the trainer shows them, so early answers do not anchor the room. */
  results: boolean;
  blank: boolean;
  timer: TimerState;
}

/** Something a trainer does, by key or button, in either view. */
export type DeckAction =
  | { type: 'goto'; index: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'reveal' }
  | { type: 'results' }
  | { type: 'blank' }
  | { type: 'timer'; now: number }
  | { type: 'timer-reset' };

/** What travels over the channel: a new state, or a new page asking the others for theirs. */
export type DeckMessage = { type: 'state'; state: DeckState } | { type: 'hello' };

export const initialDeck: DeckState = {
  index: 0,
  revealed: false,
  results: false,
  blank: false,
  timer: { running: false, elapsedMs: 0 },
};

/** The next state after an action, with the index kept within the deck of `slideCount` slides. */
export function reduceDeck(state: DeckState, action: DeckAction, slideCount: number): DeckState {
  const last = Math.max(slideCount - 1, 0);
  const go = (index: number): DeckState => {
    const next = Math.min(Math.max(index, 0), last);
    return next === state.index ? state : { ...state, index: next, revealed: false, results: false, blank: false };
  };
  switch (action.type) {
    case 'goto':
      return go(action.index);
    case 'next':
      return go(state.index + 1);
    case 'previous':
      return go(state.index - 1);
    case 'first':
      return go(0);
    case 'last':
      return go(last);
    case 'reveal':
      return { ...state, revealed: !state.revealed };
    case 'results':
      return { ...state, results: !state.results };
    case 'blank':
      return { ...state, blank: !state.blank };
    case 'timer':
      return { ...state, timer: toggleTimer(state.timer, action.now) };
    case 'timer-reset':
      return { ...state, timer: initialDeck.timer };
  }
}

/** Milliseconds on the timer at `now`. */
export function elapsedMs(timer: TimerState, now: number): number {
  return timer.elapsedMs + (timer.running && timer.startedAt !== undefined ? Math.max(now - timer.startedAt, 0) : 0);
}

function toggleTimer(timer: TimerState, now: number): TimerState {
  return timer.running
    ? { running: false, elapsedMs: elapsedMs(timer, now) }
    : { running: true, elapsedMs: timer.elapsedMs, startedAt: now };
}

/** The key a trainer pressed as a deck action, or undefined for keys the deck leaves alone. */
export function actionForKey(key: string, now: number): DeckAction | 'fullscreen' | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'r':
    case 'R':
      return { type: 'reveal' };
    case 'u':
    case 'U':
      return { type: 'results' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 't':
    case 'T':
      return { type: 'timer', now };
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return undefined;
  }
}

/** Reads a message from the channel; anything that is not a well-formed deck message is ignored. */
export function readDeckMessage(data: unknown, slideCount: number): DeckMessage | undefined {
  if (!isRecord(data)) return undefined;
  if (data.type === 'hello') return { type: 'hello' };
  if (data.type !== 'state' || !isRecord(data.state)) return undefined;
  const { index, revealed, results, blank, timer } = data.state;
  if (!isWholeNumber(index, 0, Math.max(slideCount - 1, 0))) return undefined;
  if (typeof revealed !== 'boolean' || typeof results !== 'boolean' || typeof blank !== 'boolean') return undefined;
  if (!isRecord(timer)) return undefined;
  if (typeof timer.running !== 'boolean' || !isWholeNumber(timer.elapsedMs, 0)) return undefined;
  if (timer.startedAt !== undefined && !isWholeNumber(timer.startedAt, 0)) return undefined;
  const readTimer: TimerState = { running: timer.running, elapsedMs: timer.elapsedMs };
  if (timer.running && timer.startedAt !== undefined) readTimer.startedAt = timer.startedAt;
  return { type: 'state', state: { index, revealed, results, blank, timer: readTimer } };
}

/** The slide index from the address: "?dia=3" or "#3" (1-based), or undefined when there is none. */
export function slideFromLocation(search: string, hash: string, slideCount: number): number | undefined {
  const fromQuery = new URLSearchParams(search).get('dia');
  const text = fromQuery ?? hash.replace(/^#/, '');
  if (!/^\d{1,4}$/.test(text)) return undefined;
  return Math.min(Math.max(Number(text), 1), Math.max(slideCount, 1)) - 1;
}
