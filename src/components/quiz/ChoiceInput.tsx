import type { QuestionView } from '../../lib/quiz/view';
import { PartMark } from './PartMark';

type ChoiceQuestion = Extract<QuestionView, { type: 'een-antwoord' | 'meerdere-antwoorden' }>;

interface ChoiceInputProps {
  question: ChoiceQuestion;
  name: string;
  selected: string[];
  parts?: Record<string, boolean>;
  /** Receives a change to apply to the selection as stored now, so quick clicks in a row all count. */
  onChange: (change: (selected: string[]) => string[]) => void;
}

/** Radio buttons (een antwoord) or checkboxes (meerdere antwoorden), with feedback per option after checking. */
export function ChoiceInput({ question, name, selected, parts, onChange }: ChoiceInputProps) {
  const single = question.type === 'een-antwoord';
  const toggle = (id: string, on: boolean) =>
    onChange((current) => {
      const others = current.filter((item) => item !== id);
      return single ? [id] : on ? [...others, id] : others;
    });
  return (
    <fieldset disabled={Boolean(parts)}>
      <legend>{single ? 'Kies één antwoord' : 'Kies alle goede antwoorden'}</legend>
      <ul class="pw-quiz__options">
        {question.options.map((option) => (
          <li key={option.id}>
            <label class="pw-choice">
              <input
                type={single ? 'radio' : 'checkbox'}
                name={name}
                checked={selected.includes(option.id)}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
              {option.label}
            </label>
            {parts && selected.includes(option.id) && (
              <PartMark right={parts[option.id] === true} feedbackHtml={option.feedbackHtml} />
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
