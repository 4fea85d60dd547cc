import type { QuizAnswer } from '../../lib/quiz/scoring';
import type { QuestionView } from '../../lib/quiz/view';
import { ChoiceInput } from './ChoiceInput';
import { OrderInput } from './OrderInput';
import { SelectInput } from './SelectInput';

interface AnswerInputProps {
  question: QuestionView;
  name: string;
  answer: QuizAnswer;
  parts?: Record<string, boolean>;
  /** Receives a change to apply to the answer as stored now. */
  onChange: (change: (answer: QuizAnswer) => QuizAnswer) => void;
}

/** The input that fits the question type. */
export function AnswerInput({ question, name, answer, parts, onChange }: AnswerInputProps) {
  switch (question.type) {
    case 'een-antwoord':
    case 'meerdere-antwoorden':
      return (
        <ChoiceInput
          question={question}
          name={name}
          selected={answer.selected ?? []}
          parts={parts}
          onChange={(change) => onChange((current) => ({ selected: change(current.selected ?? []) }))}
        />
      );
    case 'indelen':
      return (
        <SelectInput
          name={name}
          legend="Kies bij elk onderdeel waar het hoort"
          rows={question.items}
          choices={question.categories.map((category) => ({ value: category.id, label: category.label }))}
          assigned={answer.assigned ?? {}}
          parts={parts}
          onChange={(change) => onChange((current) => ({ assigned: change(current.assigned ?? {}) }))}
        />
      );
    case 'koppelen':
      return (
        <SelectInput
          name={name}
          legend="Kies bij elk onderdeel wat erbij hoort"
          rows={question.pairs.map((pair) => ({ id: pair.id, label: pair.item, feedback: pair.feedback }))}
          choices={question.partnerChoices.map((choice) => ({ value: choice, label: choice }))}
          assigned={answer.assigned ?? {}}
          parts={parts}
          onChange={(change) => onChange((current) => ({ assigned: change(current.assigned ?? {}) }))}
        />
      );
    case 'volgorde':
      return (
        <OrderInput
          question={question}
          order={answer.order ?? question.shownOrder}
          parts={parts}
          onChange={(change) => onChange((current) => ({ order: change(current.order ?? question.shownOrder) }))}
        />
      );
  }
}
