import type { Slide } from '../../lib/slides';

/** A slide as the presenter shows it; notes are never part of it. */
export type ShownSlide = Omit<Slide, 'notes'>;

interface SlideViewProps {
  slide: ShownSlide;
  revealed: boolean;
  /** Heading id, so the slide's region is named by its title. */
  headingId: string;
}

/** One slide: title, lead or quote, list or table, and the course's position once revealed. */
export function SlideView({ slide, revealed, headingId }: SlideViewProps) {
  return (
    <div class={`pw-slide pw-slide--${slide.kind}`}>
      <h2 id={headingId}>{slide.title}</h2>
      {slide.lead &&
        (slide.kind === 'stelling' ? (
          <blockquote class="pw-slide__quote">{slide.lead}</blockquote>
        ) : (
          <p class="pw-slide__lead">{slide.lead}</p>
        ))}
      {slide.items && (
        <ul class="pw-slide__items">
          {slide.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {slide.table && (
        <table class="pw-slide__table">
          <caption class="visually-hidden">{slide.table.caption}</caption>
          <thead>
            <tr>
              {slide.table.head.map((cell, index) => (
                <th key={cell || index} scope="col">
                  {cell}
                </th>
              ))}
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
