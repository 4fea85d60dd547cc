import { useState } from 'preact/hooks';
import { moveItem } from '../../lib/common/move-item';
import type { QuestionView } from '../../lib/quiz/view';
import { PartMark } from './PartMark';

type OrderQuestion = Extract<QuestionView, { type: 'volgorde' }>;

interface OrderInputProps {
  question: OrderQuestion;
  order: string[];
  parts?: Record<string, boolean>;
  /** Receives a change to apply to the order as stored now, so quick moves in a row all count. */
  onChange: (change: (order: string[]) => string[]) => void;
}

/** A list with "Omhoog" and "Omlaag" per step; every move is announced, no dragging needed. */
export function OrderInput({ question, order, parts, onChange }: OrderInputProps) {
  const [announcement, setAnnouncement] = useState('');
  const label = (id: string) => question.steps.find((step) => step.id === id)?.label ?? id;
  const move = (index: number, by: -1 | 1) => {
    const step = order[index] as string;
    onChange((current) => moveItem(current, step, by));
    setAnnouncement(`${label(step)} staat nu op plek ${index + by + 1} van ${order.length}.`);
    // Keep focus on the moved step's button, or its other button once it reached the top or bottom.
    requestAnimationFrame(() => {
      const [same, other] = by === -1 ? ['op', 'neer'] : ['neer', 'op'];
      const button = document.getElementById(`${question.id}-${step}-${same}`) as HTMLButtonElement | null;
      (button?.disabled ? document.getElementById(`${question.id}-${step}-${other}`) : button)?.focus();
    });
  };
  return (
    <div>
      <ol class="pw-quiz__order">
        {order.map((id, index) => (
          <li key={id}>
            <span class="pw-quiz__step">{label(id)}</span>
            <span class="pw-quiz__moves pw-needs-script">
              <button
                type="button"
                id={`${question.id}-${id}-op`}
                class="nl-button nl-button--secondary"
                disabled={Boolean(parts) || index === 0}
                aria-label={`${label(id)} omhoog`}
                onClick={() => move(index, -1)}
              >
                Omhoog
              </button>
              <button
                type="button"
                id={`${question.id}-${id}-neer`}
                class="nl-button nl-button--secondary"
                disabled={Boolean(parts) || index === order.length - 1}
                aria-label={`${label(id)} omlaag`}
                onClick={() => move(index, 1)}
              >
                Omlaag
              </button>
            </span>
            {parts && <PartMark right={parts[id] === true} />}
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
