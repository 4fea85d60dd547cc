import { orNothing, plainMarkdown } from '../common/escape-markdown';
import type { Canvas } from './canvas';

/** The question text the Markdown export needs per W-question. */
export interface CanvasQuestionText {
  id: string;
  order: number;
  question: string;
}

/** A canvas as a Markdown document: the name as title, each W-question as a heading with the answer below. */
export function canvasToMarkdown(canvas: Canvas, questions: readonly CanvasQuestionText[], now: Date): string {
  const lines = [
    `# 7×W: ${plainMarkdown(canvas.name)}`,
    '',
    `Geëxporteerd uit Pettenwijzer op ${now.toISOString().slice(0, 10)}.`,
  ];
  for (const question of [...questions].sort((a, b) => a.order - b.order)) {
    lines.push(
      '',
      `## ${question.order}. ${question.question}`,
      '',
      orNothing(canvas.answers[question.id], 'Nog niet ingevuld'),
    );
  }
  return `${lines.join('\n')}\n`;
}
