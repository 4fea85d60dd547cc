import { capPath } from '../../lib/common/pet-icons';
import type { CaptionLine } from '../../lib/course/auto';

/**
 * The webinar's image of the car and its driver, drawn for Pettenwijzer: the organisation builds the car (the
 * building), the professional drives it (the driver wears a pet). Used in lesson 1 without JavaScript and on its
 * slide; the caption says in words what the drawing shows, so the drawing itself is hidden from screen readers.
 * The caption comes as data (lib/course/auto.ts), so on the slide its words travel in the page, not in the script.
 */
export function AutoFigure({ caption }: { caption: readonly CaptionLine[] }) {
  return (
    <figure class="pw-auto">
      <svg class="pw-auto__drawing" viewBox="0 34 220 66" aria-hidden="true" focusable="false">
        <path d="M6 88V50l17-12 17 12v38zM18 88V74h10v14M14 56h6M26 56h6" />
        <path class="pw-auto__build" d="M44 70h8m-4-4 4 4-4 4" />
        <path d="M60 88V76q0-6 6-7l24-3 18-20h52l22 20 26 4q6 1 6 7v11z" />
        <path d="M112 50h18v16h-32zM136 50h16l14 16h-30z" />
        <circle cx="88" cy="88" r="8" />
        <circle cx="184" cy="88" r="8" />
        <circle cx="144" cy="61" r="4.5" />
        <path class="pw-auto__cap" transform="translate(136.8 47.5) scale(0.6)" d={capPath} />
        <path d="M152 66l6-7" />
      </svg>
      <figcaption class="pw-auto__caption">
        {caption.map((line) => (
          <span key={line.lead}>
            <strong>{line.lead}</strong> {line.text}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
