import type { QuestionView } from '../../lib/quiz/view';

/** The right answer in words: shown without JavaScript and after "Toon het goede antwoord". */
export function CorrectAnswer({ question }: { question: QuestionView }) {
  switch (question.type) {
    case 'een-antwoord':
    case 'meerdere-antwoorden':
      return (
        <ul>
          {question.options
            .filter((option) => option.correct)
            .map((option) => (
              <li key={option.id}>{option.label}</li>
            ))}
        </ul>
      );
    case 'indelen':
      return (
        <ul>
          {question.items.map((item) => (
            <li key={item.id}>
              {item.label}: <strong>{question.categories.find((c) => c.id === item.category)?.label}</strong>
            </li>
          ))}
        </ul>
      );
    case 'volgorde':
      return (
        <ol>
          {question.steps.map((step) => (
            <li key={step.id}>{step.label}</li>
          ))}
        </ol>
      );
    case 'koppelen':
      return (
        <ul>
          {question.pairs.map((pair) => (
            <li key={pair.id}>
              {pair.item}: <strong>{pair.partner}</strong>
            </li>
          ))}
        </ul>
      );
  }
}
