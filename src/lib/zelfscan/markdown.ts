import { inlinePlainMarkdown, orNothing } from '../common/escape-markdown';
import type { ScanThemeView, ZelfscanData } from './data';
import { proposalFields, proposalLabels } from './data';
import type { Gap, ThemeProfile } from './scoring';
import { scanAnswerLabels, themeLevelLabels } from './scoring';

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
