import { describe, expect, it } from 'vitest';
import type { DeckAction, DeckState } from '../../../src/lib/trainer/deck';
import {
  actionForKey,
  elapsedMs,
  initialDeck,
  readDeckMessage,
  reduceDeck,
  slideFromLocation,
} from '../../../src/lib/trainer/deck';

const at = (index: number, extra: Partial<DeckState> = {}): DeckState => ({ ...initialDeck, index, ...extra });

describe('the deck reducer', () => {
  it.each([
    ['next', at(0), { type: 'next' }, 1],
    ['next stops at the last slide', at(9), { type: 'next' }, 9],
    ['previous', at(3), { type: 'previous' }, 2],
    ['previous stops at the first slide', at(0), { type: 'previous' }, 0],
    ['first', at(5), { type: 'first' }, 0],
    ['last', at(2), { type: 'last' }, 9],
    ['goto', at(2), { type: 'goto', index: 6 }, 6],
    ['goto beyond the end lands on the last slide', at(2), { type: 'goto', index: 60 }, 9],
  ] as [string, DeckState, DeckAction, number][])('moves: %s', (_name, state, action, index) => {
    expect(reduceDeck(state, action, 10).index).toBe(index);
  });

  it('reveals and hides the position, and hides it again on another slide', () => {
    const revealed = reduceDeck(at(2), { type: 'reveal' }, 10);
    expect(revealed.revealed).toBe(true);
    expect(reduceDeck(revealed, { type: 'reveal' }, 10).revealed).toBe(false);
    expect(reduceDeck(revealed, { type: 'next' }, 10)).toMatchObject({ index: 3, revealed: false });
  });

  it("shows and hides the room's results apart from the position, and hides them again on another slide", () => {
    const shown = reduceDeck(at(2), { type: 'results' }, 10);
    expect(shown).toMatchObject({ results: true, revealed: false });
    expect(reduceDeck(shown, { type: 'results' }, 10).results).toBe(false);
    expect(reduceDeck(shown, { type: 'previous' }, 10)).toMatchObject({ index: 1, results: false });
  });

  it('keeps the reveal when "next" cannot move past the last slide', () => {
    const revealed = at(9, { revealed: true });
    expect(reduceDeck(revealed, { type: 'next' }, 10)).toBe(revealed);
  });

  it('blanks the screen and shows it again when moving on', () => {
    const blank = reduceDeck(at(1), { type: 'blank' }, 10);
    expect(blank.blank).toBe(true);
    expect(reduceDeck(blank, { type: 'next' }, 10).blank).toBe(false);
  });

  it('starts, pauses, resumes and resets the timer with the clock passed in', () => {
    let state = reduceDeck(initialDeck, { type: 'timer', now: 1_000 }, 10);
    expect(elapsedMs(state.timer, 61_000)).toBe(60_000);
    state = reduceDeck(state, { type: 'timer', now: 61_000 }, 10);
    expect(state.timer).toEqual({ running: false, elapsedMs: 60_000 });
    expect(elapsedMs(state.timer, 999_000)).toBe(60_000);
    state = reduceDeck(state, { type: 'timer', now: 100_000 }, 10);
    expect(elapsedMs(state.timer, 130_000)).toBe(90_000);
    expect(reduceDeck(state, { type: 'timer-reset' }, 10).timer).toEqual(initialDeck.timer);
  });
});

describe('deck keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['r', 'reveal'],
    ['R', 'reveal'],
    ['u', 'results'],
    ['U', 'results'],
    ['b', 'blank'],
    ['t', 'timer'],
  ])('maps %j to %s', (key, type) => {
    expect(actionForKey(key, 5)).toMatchObject({ type });
  });

  it('asks for full screen on F and ignores other keys', () => {
    expect(actionForKey('f', 0)).toBe('fullscreen');
    expect(actionForKey('x', 0)).toBeUndefined();
    expect(actionForKey('Tab', 0)).toBeUndefined();
  });
});

describe('deck messages between the presenter and the notes view', () => {
  it('accepts a well-formed state and a hello', () => {
    const state = at(3, { revealed: true, timer: { running: true, elapsedMs: 0, startedAt: 1_700_000_000_000 } });
    expect(readDeckMessage({ type: 'state', state }, 10)).toEqual({ type: 'state', state });
    expect(readDeckMessage({ type: 'hello', extra: 1 }, 10)).toEqual({ type: 'hello' });
  });

  it.each([
    null,
    'state',
    { type: 'state' },
    { type: 'state', state: { ...initialDeck, index: 10 } },
    { type: 'state', state: { ...initialDeck, index: -1 } },
    { type: 'state', state: { ...initialDeck, revealed: 'ja' } },
    { type: 'state', state: { ...initialDeck, results: undefined } },
    { type: 'state', state: { ...initialDeck, timer: { running: true, elapsedMs: -5 } } },
    { type: 'goto', index: 2 },
  ])('ignores %j', (data) => {
    expect(readDeckMessage(data, 10)).toBeUndefined();
  });

  it('keeps two views in step: each applies the state the other sends', () => {
    let presenter = initialDeck;
    let notes = initialDeck;
    const send = (state: DeckState) => readDeckMessage(JSON.parse(JSON.stringify({ type: 'state', state })), 10);
    presenter = reduceDeck(presenter, { type: 'next' }, 10);
    const toNotes = send(presenter);
    if (toNotes?.type === 'state') notes = toNotes.state;
    notes = reduceDeck(notes, { type: 'reveal' }, 10);
    notes = reduceDeck(notes, { type: 'results' }, 10);
    const toPresenter = send(notes);
    if (toPresenter?.type === 'state') presenter = toPresenter.state;
    expect(presenter).toEqual({ ...initialDeck, index: 1, revealed: true, results: true });
    expect(notes).toEqual(presenter);
  });
});

describe('slide number in the address', () => {
  it.each([
    ['?dia=3', '', 2],
    ['', '#4', 3],
    ['?dia=99', '', 9],
    ['?dia=0', '', 0],
    ['?dia=abc', '', undefined],
    ['', '', undefined],
    ['', '#<script>', undefined],
  ])('reads search %j and hash %j as index %s', (search, hash, index) => {
    expect(slideFromLocation(search, hash, 10)).toBe(index);
  });
});
