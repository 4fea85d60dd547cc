import { roundLabels } from '../../lib/stellingen/labels';
import { rounds } from '../../lib/stellingen/score';
import { describeRound } from '../../lib/trainer/chart';
import type { Slide } from '../../lib/trainer/slides';
import { totalOf } from '../../lib/trainer/tally';
import { $trainerTally } from '../../stores/trainer-tally';
import { useHydratedStore } from '../common/use-hydrated-store';
import { DeckTimer } from './DeckTimer';
import { SlideView, tallyFor } from './SlideView';
import { toggleFullscreen, useDeck } from './use-deck';

/** The trainer's own screen: current and next slide, notes, timer, the room's tally; it drives the presenter. */
export function NotesView({ slides }: { slides: Slide[] }) {
  const { state, dispatch } = useDeck(slides.length, () => toggleFullscreen(document.documentElement));
  const saved = useHydratedStore($trainerTally);
  const slide = slides[state.index];
  const next = slides[state.index + 1];
  if (!slide) return null;
  const tally = slide.stellingId ? tallyFor(saved, slide.stellingId) : undefined;

  return (
    <div class="pw-notes pw-needs-script">
      <div class="pw-notes__controls pw-button-row">
        <button type="button" class="nl-button nl-button--secondary" onClick={() => dispatch({ type: 'previous' })}>
          Vorige
        </button>
        <button type="button" class="nl-button nl-button--primary" onClick={() => dispatch({ type: 'next' })}>
          Volgende
        </button>
        <button type="button" class="nl-button nl-button--secondary" onClick={() => dispatch({ type: 'reveal' })}>
          {state.revealed ? 'Verberg standpunt' : 'Toon standpunt'}
        </button>
        {slide.stellingId && (
          <button type="button" class="nl-button nl-button--secondary" onClick={() => dispatch({ type: 'results' })}>
            {state.results ? 'Verberg uitslag' : 'Toon uitslag'}
          </button>
        )}
        <button type="button" class="nl-button nl-button--secondary" onClick={() => dispatch({ type: 'blank' })}>
          {state.blank ? 'Toon dia' : 'Zwart scherm'}
        </button>
        <button
          type="button"
          class="nl-button nl-button--secondary"
          onClick={() => dispatch({ type: 'timer', now: Date.now() })}
        >
          {state.timer.running ? 'Pauzeer timer' : 'Start timer'}
        </button>
      </div>
      <p class="pw-notes__status">
        <span role="status">
          Dia {state.index + 1} van {slides.length}
          {state.blank ? ' (de groep ziet een zwart scherm)' : ''}
        </span>{' '}
        <DeckTimer timer={state.timer} />
      </p>
      <div class="pw-notes__grid">
        <section aria-labelledby="notities-huidig" class="pw-notes__current">
          <p class="pw-meta">Nu te zien</p>
          <div class="pw-deck pw-deck--small">
            <SlideView
              slide={slide}
              revealed={state.revealed}
              results={state.results}
              headingId="notities-huidig"
              tally={tally}
            />
          </div>
        </section>
        <section aria-labelledby="notities-tekst" class="pw-notes__text">
          <h2 id="notities-tekst">Notities</h2>
          {slide.notes.length > 0 ? slide.notes.map((note) => <p key={note}>{note}</p>) : <p>Geen notities.</p>}
          {slide.reveal && (
            <p>
              <strong>Standpunt:</strong> {slide.reveal.text}
            </p>
          )}
          {tally &&
            rounds.map((round) => {
              const counts = tally[round];
              return (
                counts && (
                  <p key={round} class="pw-notes__round">
                    {describeRound(roundLabels[round], totalOf(counts), saved.summary?.[round])}
                  </p>
                )
              );
            })}
          {slide.stellingId && !saved.voormeting && (
            <p>
              Nog geen telling bewaard. Tel de chat op de <a href="/trainer/telling/">telpagina</a> (in een ander
              tabblad) en bewaar de voormeting; de uitslag verschijnt dan op deze dia.
            </p>
          )}
        </section>
        <section aria-label="Volgende dia" class="pw-notes__next">
          <p class="pw-meta">Volgende dia</p>
          {next ? (
            <div class="pw-deck pw-deck--small">
              <SlideView slide={next} revealed={false} headingId="notities-volgende" />
            </div>
          ) : (
            <p>Dit is de laatste dia.</p>
          )}
        </section>
      </div>
    </div>
  );
}
