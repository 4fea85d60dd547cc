import type { ScanAnswer, ScanQuestionView } from '../../lib/zelfscan/data';
import { maxScanText, scanAnswerValues } from '../../lib/zelfscan/data';
import { scanAnswerLabels } from '../../lib/zelfscan/scoring';
import { answerScanQuestion, setScanNote } from '../../stores/zelfscan-actions';

interface ScanQuestionFieldProps {
  question: ScanQuestionView;
  answer?: ScanAnswer;
}

const kindLabels = { analyse: 'Analysevraag', beleidskeuze: 'Beleidskeuze' } as const;

/** One zelfscan question: ja / deels / nee / weet niet, and a note. */
export function ScanQuestionField({ question, answer }: ScanQuestionFieldProps) {
  const name = `pw-scan-${question.id}`;
  return (
    <fieldset class="pw-scan-question">
      <legend>
        <span class="pw-meta">{kindLabels[question.kind]}</span>{' '}
        <span class="pw-scan-question__text">{question.text}</span>
      </legend>
      <p class="pw-scan-question__help">{question.help}</p>
      <div class="pw-scan-question__choices">
        {scanAnswerValues.map((value) => (
          <label key={value} class="pw-choice">
            <input
              type="radio"
              name={name}
              value={value}
              checked={answer?.answer === value}
              onChange={() => answerScanQuestion(question.id, value)}
            />{' '}
            {scanAnswerLabels[value]}
          </label>
        ))}
      </div>
      <label for={`${name}-note`}>Toelichting (niet verplicht)</label>
      <textarea
        id={`${name}-note`}
        rows={2}
        maxLength={maxScanText}
        value={answer?.note ?? ''}
        onInput={(event) => setScanNote(question.id, event.currentTarget.value)}
      />
      <div class="pw-print-only pw-typed-text">{answer?.note}</div>
    </fieldset>
  );
}
