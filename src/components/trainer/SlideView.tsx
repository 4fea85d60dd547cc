import type { Slide } from '../../lib/trainer/slides';
import type { PositionCounts } from '../../lib/trainer/tally';
import { fillCounts } from '../../lib/trainer/tally';
import type { TrainerTallyData } from '../../stores/trainer-tally';
import { PetIcon } from '../common/PetIcon';
import { AutoFigure } from '../course/AutoFigure';
import { ResultsChart } from './ResultsChart';

/** A slide as the presenter shows it; notes are never part of it. */
export type ShownSlide = Omit<Slide, 'notes'>;

interface SlideViewProps {
  slide: ShownSlide;
  revealed: boolean;
  /** Whether the room's results are shown; until then the slide says they follow. */
  results?: boolean;
  /** Heading id, so the slide's region is named by its title. */
  headingId: string;
  /** The room's saved counts for this stelling, per round, when the trainer has saved them. */
  tally?: { voormeting?: PositionCounts; nameting?: PositionCounts };
}

/** One slide: title, lead or quote, list or table, the room's results and the course's position once revealed. */
export function SlideView({ slide, revealed, results = false, headingId, tally }: SlideViewProps) {
  return (
    <div class={`pw-slide pw-slide--${slide.kind}`}>
      <h2 id={headingId}>{slide.title}</h2>
      {slide.lead &&
        (slide.kind === 'stelling' ? (
          <blockquote class="pw-slide__quote">{slide.lead}</blockquote>
        ) : (
          <p class="pw-slide__lead">{slide.lead}</p>
        ))}
      {slide.qr && (
        <svg
          class="pw-slide__qr"
          viewBox={`0 0 ${slide.qr.size} ${slide.qr.size}`}
          role="img"
          aria-label={`QR-code naar ${slide.qr.address}`}
        >
          <rect class="pw-slide__qr-light" width={slide.qr.size} height={slide.qr.size} />
          <path class="pw-slide__qr-dark" d={slide.qr.path} />
        </svg>
      )}
      {slide.items && (
        <ul class="pw-slide__items">
          {slide.items.map((item, index) => {
            const pet = slide.itemPets?.[index];
            return (
              <li key={item}>
                {pet && (
                  <>
                    <PetIcon pet={pet} />{' '}
                  </>
                )}
                {item}
              </li>
            );
          })}
        </ul>
      )}
      {slide.illustration && <AutoFigure caption={slide.illustration.caption} />}
      {slide.table && (
        <table class="pw-slide__table">
          <caption class="visually-hidden">{slide.table.caption}</caption>
          <thead>
            <tr>
              {slide.table.head.map((cell, index) => {
                const pet = slide.table?.headPets?.[index];
                return (
                  <th key={cell || index} scope="col" class={pet ? `pw-pet--${pet}` : undefined}>
                    {pet && (
                      <>
                        <PetIcon pet={pet} />{' '}
                      </>
                    )}
                    {cell}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {slide.table.rows.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={cell} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={`${index}-${cell}`}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {tally &&
        (tally.voormeting || tally.nameting) &&
        (results ? (
          <ResultsChart before={tally.voormeting} after={tally.nameting} />
        ) : (
          <p class="pw-slide__hint">De uitslag van de groep volgt.</p>
        ))}
      {slide.reveal &&
        (revealed ? (
          <p class="pw-slide__reveal">
            <strong>Standpunt van de cursus:</strong> {slide.reveal.text}
          </p>
        ) : (
          <p class="pw-slide__hint">Wat vind jij? Het standpunt van de cursus volgt.</p>
        ))}
    </div>
  );
}

/** The saved counts of one stelling in both rounds. */
export function tallyFor(saved: TrainerTallyData, stellingId: string) {
  return { voormeting: fillCounts(saved.voormeting?.[stellingId]), nameting: fillCounts(saved.nameting?.[stellingId]) };
}
