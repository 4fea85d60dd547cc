import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeckAction, DeckState } from '../../lib/trainer/deck';
import { actionForKey, initialDeck, readDeckMessage, reduceDeck, slideFromLocation } from '../../lib/trainer/deck';

const channelName = 'pettenwijzer-deck';
const typingTargets = 'input, textarea, select, [contenteditable="true"]';
const activatedBySpace = 'button, a, summary, [role="button"]';

/**
 * The deck state shared by the presenter and the notes view: keys, the ?dia=N address and BroadcastChannel.
 * A page opened with a slide number in its address leads; a page without one asks the others where they are.
 */
export function useDeck(slideCount: number, onFullscreen: () => void) {
  const [state, setState] = useState<DeckState>(initialDeck);
  const current = useRef(state);
  const channel = useRef<BroadcastChannel>();
  const ready = useRef(false);
  const fullscreen = useRef(onFullscreen);
  fullscreen.current = onFullscreen;

  const apply = (next: DeckState, broadcast: boolean) => {
    if (ready.current && next.index !== current.current.index) history.replaceState(null, '', `?dia=${next.index + 1}`);
    current.current = next;
    setState(next);
    if (broadcast) channel.current?.postMessage({ type: 'state', state: next });
  };
  const dispatch = (action: DeckAction) => apply(reduceDeck(current.current, action, slideCount), true);

  useEffect(() => {
    const fromAddress = slideFromLocation(location.search, location.hash, slideCount);
    apply(fromAddress === undefined ? initialDeck : { ...initialDeck, index: fromAddress }, false);
    ready.current = true;
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(channelName);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent) => {
      const message = readDeckMessage(event.data, slideCount);
      if (message?.type === 'hello') opened.postMessage({ type: 'state', state: current.current });
      else if (message?.type === 'state') apply(message.state, false);
    };
    opened.postMessage(fromAddress === undefined ? { type: 'hello' } : { type: 'state', state: current.current });
    return () => opened.close();
  }, [slideCount]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : undefined;
      if (target?.closest(typingTargets)) return;
      if (event.key === ' ' && target?.closest(activatedBySpace)) return;
      const action = actionForKey(event.key, Date.now());
      if (!action) return;
      event.preventDefault();
      if (action === 'fullscreen') fullscreen.current();
      else dispatch(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [slideCount]);

  return { state, dispatch };
}

/** Turns full screen on or off for an element; browsers that refuse simply stay as they are. */
export function toggleFullscreen(element: Element | null): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void element?.requestFullscreen?.().catch(() => undefined);
}
