import type { Canvas } from './canvas';
import type { Gap, ThemeProfile } from './zelfscan';
import { scanAnswerLabels, themeLevelLabels } from './zelfscan';
import type { ScanThemeView, ZelfscanData } from './zelfscan-data';
import { proposalFields } from './zelfscan-data';

/** The question text the Markdown export needs per W-question. */
export interface CanvasQuestionText {
  id: string;
  order: number;
  question: string;
}

const proposalLabels: Record<(typeof proposalFields)[number], string> = {
  voordelen: 'Voordelen',
  nadelen: 'Nadelen',
  voorkeuren: 'Voorkeuren van betrokken partijen',
  consequenties: 'Consequenties voor de organisatie',
};

/** Puts the user's text in the file as plain text: Markdown and HTML signs are escaped so nothing turns into markup. */
export function plainMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)(#|[-+]\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)]\s)/gm, '$1\\$2');
}

/** As plainMarkdown, on one line, for list items. */
export function inlinePlainMarkdown(text: string): string {
  return plainMarkdown(text).replace(/\s*\n\s*/g, ' ');
}

const orNothing = (text: string | undefined, empty: string, inline = false) =>
  text && text.trim() !== '' ? (inline ? inlinePlainMarkdown(text) : plainMarkdown(text)) : `_${empty}_`;

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

/** The zelfscan report as a Markdown document: answers, profile, ranked gaps with next steps and worksheets. */
export function scanToMarkdown(
  themes: readonly ScanThemeView[],
  data: ZelfscanData,
  profiles: readonly ThemeProfile[],
  gaps: readonly Gap[],
  now: Date,
): string {
  const lines = [
    '# Zelfscan pettenvraagstuk',
    '',
    `Geëxporteerd uit Pettenwijzer op ${now.toISOString().slice(0, 10)}.`,
  ];
  lines.push('', '## Profiel per thema', '', '| Thema | Score | Beeld |', '| --- | --- | --- |');
  for (const profile of profiles) {
    lines.push(`| ${profile.title} | ${profile.score} van ${profile.max} | ${themeLevelLabels[profile.level]} |`);
  }
  lines.push('', '## Verbeterpunten en volgende stappen');
  if (gaps.length === 0) lines.push('', '_Geen verbeterpunten gevonden._');
  gaps.forEach((gap, index) => {
    lines.push(
      '',
      `### ${index + 1}. ${gap.question.text}`,
      '',
      `Thema: ${gap.themeTitle}. Antwoord: ${scanAnswerLabels[gap.answer]}.`,
      '',
    );
    for (const step of gap.steps) lines.push(`- ${step}`);
    const proposal = data.proposals[gap.question.id];
    if (proposal && proposalFields.some((field) => proposal[field].trim() !== '')) {
      lines.push('', '**Voorstel**', '');
      for (const field of proposalFields)
        lines.push(`- ${proposalLabels[field]}: ${orNothing(proposal[field], 'leeg', true)}`);
    }
  });
  lines.push('', '## Alle antwoorden');
  for (const theme of themes) {
    lines.push('', `### ${theme.title}`, '');
    for (const question of theme.questions) {
      const answer = data.answers[question.id];
      const label = answer?.answer ? scanAnswerLabels[answer.answer] : 'Niet beantwoord';
      lines.push(
        `- ${question.text} **${label}**${answer?.note.trim() ? ` — ${inlinePlainMarkdown(answer.note)}` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
