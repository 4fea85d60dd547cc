import { useRef } from 'preact/hooks';
import { $trainerTally } from '../../stores/trainer-tally';
import { useHydratedStore } from '../common/use-hydrated-store';
import { DeckTimer } from './DeckTimer';
import type { ShownSlide } from './SlideView';
import { SlideView, tallyFor } from './SlideView';
import { toggleFullscreen, useDeck } from './use-deck';

/** The shared screen: one slide at a time, big type, no notes. Without JavaScript it shows the first slide. */
export function Presenter({ slides }: { slides: ShownSlide[] }) {
  const stage = useRef<HTMLDivElement>(null);
  const { state, dispatch } = useDeck(slides.length, () => toggleFullscreen(stage.current));
  const saved = useHydratedStore($trainerTally);
  const slide = slides[state.index];

  if (!slide) return null;
  return (
    <div ref={stage} class="pw-deck-stage">
      <section
        class={`pw-deck${state.blank ? ' pw-deck--blank' : ''}`}
        // Not "dia-…": the slides listed below for readers without JavaScript use `dia-<slide id>`, and one slide's
        // id is "titel".
        aria-labelledby={state.blank ? undefined : 'huidige-dia'}
        aria-label={state.blank ? 'Zwart scherm' : undefined}
      >
        {!state.blank && (
          <SlideView
            slide={slide}
            revealed={state.revealed}
            results={state.results}
            headingId="huidige-dia"
            tally={slide.stellingId ? tallyFor(saved, slide.stellingId) : undefined}
          />
        )}
      </section>
      <p class="pw-deck-bar">
        <span role="status">
          Dia {state.index + 1} van {slides.length}
          {state.blank ? ' (zwart scherm)' : ''}
        </span>
        {(state.timer.running || state.timer.elapsedMs > 0) && <DeckTimer timer={state.timer} />}
        <span class="pw-deck-bar__buttons">
          {slide.stellingId && (
            <button
              type="button"
              class="pw-deck-bar__button"
              aria-pressed={state.results}
              onClick={() => dispatch({ type: 'results' })}
            >
              Uitslag
            </button>
          )}
          <button type="button" class="pw-deck-bar__button" onClick={() => dispatch({ type: 'previous' })}>
            Vorige
          </button>
          <button type="button" class="pw-deck-bar__button" onClick={() => dispatch({ type: 'next' })}>
            Volgende
          </button>
        </span>
      </p>
    </div>
  );
}
