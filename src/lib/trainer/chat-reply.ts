// Reads one chat message. A message counts only when it is essentially an answer: with its answer codes and
// short replies ("1 eens") taken out, nothing may be left but punctuation, emoji and a few filler words ("ik zeg",
// "mijn code:", "oeps, toch"). So the example in the trainer's instruction, or "eens" inside a sentence, is no vote.
// Such a message is listed with its reason, so the trainer can still count it by hand.
import { decodeAnswerCode, findAnswerCodes } from '../stellingen/answer-code';
import type { Position, Round } from '../stellingen/score';

/** The answers in one message, or why it holds none. */
export interface ReadReply {
  answers: { round: Round; positions: Record<string, Position> }[];
  /** Why (part of) the message was not counted, in Dutch. */
  reason?: string;
}

// "1 eens", "stelling 2: oneens", "3 hangt ervan af" (or "ervanaf"), "4: het hangt ervan af", "2 = O".
const simpleReply =
  /(?<![\p{L}\p{N}])(?:stelling\s*)?(\d{1,2})(?:\s*[:.)=-]\s*|\s+)(?:(?:ik\s+ben\s+(?:het\s+)?|(?:helemaal\s+)?(?:mee\s+)?))?(oneens|eens|(?:het\s+)?hangt\s+(?:er\s*van\s*)?af|afhankelijk|[eoh])(?![\p{L}\p{N}])/giu;
// Words that may stand around an answer without making it a sentence: "ik zeg 1 eens", "Oeps, mijn code is …".
const fillerWords = new Set(
  (
    "ik zeg kies ben het er mee helemaal mijn m’n m'n code antwoord antwoorden antwoordcode is hier " +
    'oeps sorry toch nee bedoelde bedoel correctie dus en ook ok oke oké hoi hallo goedemorgen goedemiddag ' +
    'voormeting nameting'
  ).split(' '),
);
// Words of an answer without its stelling number: "eens", "ik ben het er helemaal mee eens".
const answerWords = new Set(['eens', 'oneens', 'hangt', 'ervan', 'ervanaf', 'vanaf', 'van', 'af', 'afhankelijk']);
// Words that mark an instruction or an example: "Typ je antwoord, bijvoorbeeld: 1 eens".
const exampleMarker =
  /(?<!\p{L})(?:bijvoorbeeld|bijv|bv|b\.v|vb|zoals|typ|type|tik|schrijf|zet|plak|stuur|e\.g)(?!\p{L})/iu;
// An instruction whose example follows on the next lines: "Typ per stelling je antwoord, bijvoorbeeld:".
const exampleIntro = /(?<!\p{L})(?:bijvoorbeeld|bijv\.?|bv\.?|b\.v\.?|vb\.?|zoals)\s*:?\s*$/iu;
const htmlTag = /<\/?[a-z][^<>]*>/gi;

/** Reason for the lines that follow an instruction such as "bijvoorbeeld:" in the same message. */
export const exampleReason = 'Voorbeeld in een uitleg, geen antwoord.';

/** Finds the answer codes and short replies in one message, and counts them only when the message is an answer. */
export function readReply(message: string, stellingIds: readonly string[], round: Round): ReadReply {
  const answers: ReadReply['answers'] = [];
  let reason: string | undefined;
  let rest = message;
  for (const candidate of findAnswerCodes(message, stellingIds.length)) {
    rest = rest.replace(candidate, ' ');
    const decoded = decodeAnswerCode(candidate, stellingIds);
    if (decoded.ok) answers.push({ round: decoded.round, positions: decoded.answers });
    else reason = `Code ${candidate.trim()}: ${decoded.reason}`;
  }
  const replies: Record<string, Position> = {};
  for (const match of message.matchAll(simpleReply)) {
    rest = rest.replace(match[0], ' ');
    const id = stellingIds[Number(match[1]) - 1];
    const position = positionOf(match[2] ?? '');
    if (id && position) replies[id] = position;
    else if (!id) reason ??= `Er is geen stelling ${match[1]}.`;
  }
  if (Object.keys(replies).length > 0) answers.push({ round, positions: replies });

  const leftover = wordsOf(rest).filter((word) => !fillerWords.has(word));
  if (answers.length > 0 || reason) {
    return leftover.length === 0 ? { answers, reason } : { answers: [], reason: notAnAnswer(message) };
  }
  if (!leftover.some((word) => answerWords.has(word))) return { answers: [] };
  if (leftover.every((word) => answerWords.has(word))) {
    return { answers: [], reason: 'Er staat geen nummer van een stelling bij.' };
  }
  return { answers: [], reason: notAnAnswer(message) };
}

/** True when the message ends by announcing an example, so its next lines are examples too. */
export function introducesExample(message: string): boolean {
  return exampleIntro.test(message.trim()) || (exampleMarker.test(message) && /:\s*$/.test(message));
}

function notAnAnswer(message: string): string {
  if (exampleMarker.test(message)) return 'Lijkt uitleg of een voorbeeld, geen antwoord.';
  if (message.includes('?')) return 'Lijkt een vraag, geen antwoord.';
  return 'Lijkt een zin, geen antwoord.';
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(htmlTag, ' ')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

function positionOf(word: string): Position | undefined {
  const lower = word.toLowerCase();
  if (lower === 'eens' || lower === 'e') return 'eens';
  if (lower === 'oneens' || lower === 'o') return 'oneens';
  if (lower === 'h' || lower === 'afhankelijk' || lower.includes('hangt')) return 'het hangt ervan af';
  return undefined;
}
