import type { Position, Round } from './score';

// A code looks like "V-EOHE-K": the round (V or N), one letter per stelling in order
// (E eens, O oneens, H het hangt ervan af, X no answer) and a check letter against typos.

const roundLetters: Record<Round, string> = { voormeting: 'V', nameting: 'N' };
const answerLetters: Record<Position, string> = { eens: 'E', oneens: 'O', 'het hangt ervan af': 'H' };
const lettersToPosition: Record<string, Position> = { E: 'eens', O: 'oneens', H: 'het hangt ervan af' };
const noAnswer = 'X';
// Check letters leave out I and O, which are easily mistaken for 1 and 0.
const checkAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const separators = /[\s._-]+/g;

/** The result of reading a code: the round and answers, or a reason in Dutch why it cannot be read. */
export type DecodedAnswerCode =
  | { ok: true; round: Round; answers: Record<string, Position> }
  | { ok: false; reason: string };

/** Writes the answer code for a round; `stellingIds` in course order. */
export function encodeAnswerCode(
  round: Round,
  answers: Readonly<Record<string, Position | undefined>>,
  stellingIds: readonly string[],
): string {
  const body = stellingIds.map((id) => {
    const position = answers[id];
    return position ? answerLetters[position] : noAnswer;
  });
  const letters = `${roundLetters[round]}${body.join('')}`;
  return `${roundLetters[round]}-${body.join('')}-${checkLetter(letters)}`;
}

/** Reads a code, forgiving case, spaces, dots and hyphens, and a zero typed for the letter O. */
export function decodeAnswerCode(text: string, stellingIds: readonly string[]): DecodedAnswerCode {
  const code = text.toUpperCase().replace(separators, '').replaceAll('0', 'O');
  if (code.length === 0) return refuse('Er is geen code ingevuld.');
  const round = code[0] === 'V' ? 'voormeting' : code[0] === 'N' ? 'nameting' : undefined;
  if (!round) return refuse('Een code begint met V (voormeting) of N (nameting).');
  const answerCount = code.length - 2;
  if (answerCount !== stellingIds.length) {
    return refuse(
      `Deze code heeft ${Math.max(answerCount, 0)} antwoorden, maar er zijn ${stellingIds.length} stellingen.`,
    );
  }
  const body = code.slice(1, -1);
  const answers: Record<string, Position> = {};
  for (const [index, letter] of [...body].entries()) {
    const position = lettersToPosition[letter];
    if (!position && letter !== noAnswer) {
      return refuse(`Het teken "${letter}" op plek ${index + 2} is geen antwoord. Gebruik E, O, H of X.`);
    }
    const id = stellingIds[index];
    if (position && id) answers[id] = position;
  }
  if (checkLetter(code.slice(0, -1)) !== code.at(-1)) {
    return refuse('De controleletter klopt niet. Kijk of je de code goed hebt overgenomen.');
  }
  return { ok: true, round, answers };
}

/** Finds text in a chat line that looks like an answer code for `count` stellingen. */
export function findAnswerCodes(line: string, count: number): string[] {
  const pattern = new RegExp(`(?<![A-Za-z0-9])[VN][\\s._-]?(?:[EOHX0][\\s._-]?){${count}}[A-Z](?![A-Za-z0-9])`, 'gi');
  return [...line.matchAll(pattern)].map((match) => match[0]);
}

function checkLetter(letters: string): string {
  const sum = [...letters].reduce((total, letter, index) => total + (index + 1) * letter.charCodeAt(0), 0);
  return checkAlphabet[sum % checkAlphabet.length] as string;
}

function refuse(reason: string): DecodedAnswerCode {
  return { ok: false, reason };
}
