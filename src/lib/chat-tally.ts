// Reads a webinar chat pasted by the trainer (Zoom, Teams or plain text) and counts the room's answers.
// Names are only used inside this function to keep each sender's latest answer; they never leave it.
import { decodeAnswerCode, findAnswerCodes } from './answer-code';
import type { Position, Round } from './stellingen-score';
import { rounds } from './stellingen-score';
import type { TallyCounts } from './tally';
import { emptyCounts } from './tally';

/** A chat line that held no answer the parser could read. */
export interface UnreadableLine {
  /** 1-based line number in the pasted text. */
  lineNumber: number;
  /** The message text (without sender), shortened; shown as text only. */
  text: string;
  /** Why it was not counted, in Dutch, when there is a specific reason. */
  reason?: string;
}

/** What the parser found in a chat. */
export interface ChatTally {
  /** Counts per stelling for each round; answer codes carry their round, simple replies count for `round`. */
  counts: Record<Round, TallyCounts>;
  /** How many different senders answered at least one stelling, per round. */
  respondents: Record<Round, number>;
  /** Message lines read (headers, timestamps and empty lines not included). */
  messageLines: number;
  /** How many message lines held no readable answer. */
  unreadableCount: number;
  /** The first unreadable lines, to list on request. */
  unreadable: UnreadableLine[];
  /** True when the text was longer than the parser reads and the rest was skipped. */
  truncated: boolean;
}

/** Options for one parse. */
export interface ChatTallyOptions {
  /** The stelling ids in course order (the order of the answer code). */
  stellingIds: readonly string[];
  /** The round simple replies such as "1 eens" count for. */
  round: Round;
}

/** Longest text read; a webinar chat is far smaller, this only guards the page against absurd pastes. */
export const maxChatChars = 2_000_000;
/** Unreadable lines kept for the list; the count covers them all. */
export const maxListedUnreadable = 300;
const maxLineChars = 500;
const maxNameChars = 60;

// "10:02:13 From Jan Jansen to Everyone: text", "From Jan : text", "10:02 Van Jan aan Iedereen:".
// "Van" needs the time before it, so a plain line such as "Van harte welkom: …" is not taken for a header.
const zoomHeader =
  /^\s*(?:\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AP]M)?\]?\s+(?:From|Van)|From)\s+(.+?)(?:\s+(?:to|aan|naar)\s+[^:]+?)?\s*:\s*(.*)$/i;
// Teams copy: "[10:02] Jan Jansen" (message on the next lines).
const teamsBracketHeader = /^\s*\[\s*(?:[\p{L}\d\-/. ]*\s)?\d{1,2}[:.]\d{2}(?:\s?[AP]M)?\s*\]\s*(.+)$/iu;
// A time, maybe with a day or date before it: "10:02", "gisteren 14:03", "3-12 10:02 AM".
const timePart = String.raw`(?:(?:vandaag|gisteren|today|yesterday|ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\.?\s+|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AP]M)?`;
// A line holding only a time.
const timestampLine = new RegExp(String.raw`^\s*${timePart}\s*$`, 'i');
// Teams copy with name and time on one line: "Jan Jansen 10:02", "Jan Jansen, gisteren 10:04".
const teamsInlineHeader = new RegExp(String.raw`^\s*(.+?),?\s+${timePart}\s*$`, 'iu');
// Lines the chat programs add that are not messages.
const noiseLine =
  /^\s*(?:\(?(?:bewerkt|edited|verwijderd|deleted)\)?|like|vind ik leuk|\d+ (?:reacties?|replies|reactions?))\s*$/i;
// Plain text "Naam: bericht"; a name has no digits and at most five words.
const plainSender = /^\s*([\p{L}'’.\- ]{1,60}?)\s*:\s+(.+)$/u;
// "1 eens", "stelling 2: oneens", "3 hangt ervan af", "4: het hangt ervan af", "2 = O".
const simpleReply =
  /(?<![\p{L}\p{N}])(?:stelling\s*)?(\d{1,2})(?:\s*[:.)=-]\s*|\s+)(?:(?:ik\s+ben\s+(?:het\s+)?|(?:helemaal\s+)?(?:mee\s+)?))?(oneens|eens|(?:het\s+)?hangt\s+(?:er\s*van\s+)?af|afhankelijk|[eoh])(?![\p{L}\p{N}])/giu;
// Control characters other than tab and line breaks make text look binary; they are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/** Parses a pasted chat and counts each sender's latest answer per stelling. Never throws. */
export function tallyChat(text: string, { stellingIds, round }: ChatTallyOptions): ChatTally {
  const truncated = text.length > maxChatChars;
  const lines = (truncated ? text.slice(0, maxChatChars) : text).replace(controlCharacters, '').split(/\r\n|\r|\n/);
  const latest: Record<Round, Map<string, Map<string, Position>>> = { voormeting: new Map(), nameting: new Map() };
  const unreadable: UnreadableLine[] = [];
  let unreadableCount = 0;
  let messageLines = 0;
  let sender: string | undefined;

  const record = (who: string, answerRound: Round, answers: Record<string, Position>) => {
    const bySender = latest[answerRound];
    const known = bySender.get(who) ?? new Map<string, Position>();
    for (const [id, position] of Object.entries(answers)) known.set(id, position);
    bySender.set(who, known);
  };

  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.length > maxLineChars ? rawLine.slice(0, maxLineChars) : rawLine;
    if (line.trim() === '' || timestampLine.test(line) || noiseLine.test(line)) continue;
    let message = line;
    let who: string | undefined;

    const zoom = zoomHeader.exec(line);
    const teams = zoom ? null : teamsBracketHeader.exec(line);
    const inlineName = zoom || teams ? undefined : teamsInlineHeader.exec(line)?.[1];
    if (zoom) {
      sender = senderKey(zoom[1] ?? '');
      if (!zoom[2]?.trim()) continue;
      message = zoom[2];
      who = sender;
    } else if (teams) {
      sender = senderKey(teams[1] ?? '');
      continue;
    } else if (isTeamsNameLine(line, lines[index + 1])) {
      sender = senderKey(line);
      continue;
    } else if (inlineName !== undefined && isPlausibleName(inlineName)) {
      sender = senderKey(inlineName);
      continue;
    } else if (sender) {
      who = sender;
    } else {
      const plain = plainSender.exec(line);
      if (plain?.[1] && plain[2] && isPlausibleName(plain[1])) {
        who = senderKey(plain[1]);
        message = plain[2];
      } else {
        who = `#regel-${index}`;
      }
    }

    messageLines++;
    const found = readAnswers(message, stellingIds, round);
    for (const answer of found.answers) record(who, answer.round, answer.positions);
    if (found.answers.length === 0) {
      unreadableCount++;
      if (unreadable.length < maxListedUnreadable) {
        unreadable.push({ lineNumber: index + 1, text: shorten(message.trim()), reason: found.reason });
      }
    }
  }

  const counts = { voormeting: {}, nameting: {} } as Record<Round, TallyCounts>;
  const respondents = { voormeting: 0, nameting: 0 } as Record<Round, number>;
  for (const answerRound of rounds) {
    for (const id of stellingIds) counts[answerRound][id] = emptyCounts();
    for (const answers of latest[answerRound].values()) {
      respondents[answerRound]++;
      for (const [id, position] of answers) {
        const stellingCounts = counts[answerRound][id];
        if (stellingCounts) stellingCounts[position]++;
      }
    }
  }
  return { counts, respondents, messageLines, unreadableCount, unreadable, truncated };
}

interface FoundAnswers {
  answers: { round: Round; positions: Record<string, Position> }[];
  reason?: string;
}

/** Finds answer codes and simple replies in one message line. */
function readAnswers(message: string, stellingIds: readonly string[], round: Round): FoundAnswers {
  const answers: FoundAnswers['answers'] = [];
  let reason: string | undefined;
  for (const candidate of findAnswerCodes(message, stellingIds.length)) {
    const decoded = decodeAnswerCode(candidate, stellingIds);
    if (decoded.ok) answers.push({ round: decoded.round, positions: decoded.answers });
    else reason = `Code ${candidate.trim()}: ${decoded.reason}`;
  }
  const replies: Record<string, Position> = {};
  for (const match of message.matchAll(simpleReply)) {
    const id = stellingIds[Number(match[1]) - 1];
    const position = positionOf(match[2] ?? '');
    if (id && position) replies[id] = position;
    else if (!id) reason ??= `Er is geen stelling ${match[1]}.`;
  }
  if (Object.keys(replies).length > 0) answers.push({ round, positions: replies });
  return { answers, reason };
}

function positionOf(word: string): Position | undefined {
  const lower = word.toLowerCase();
  if (lower === 'eens' || lower === 'e') return 'eens';
  if (lower === 'oneens' || lower === 'o') return 'oneens';
  if (lower === 'h' || lower === 'afhankelijk' || lower.includes('hangt')) return 'het hangt ervan af';
  return undefined;
}

/** A Teams name line: plausible as a name and followed by a line holding only a time. */
function isTeamsNameLine(line: string, next: string | undefined): boolean {
  return next !== undefined && timestampLine.test(next) && isPlausibleName(line);
}

function isPlausibleName(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= maxNameChars &&
    !/\d/.test(trimmed) &&
    !/^stelling\b/i.test(trimmed) &&
    trimmed.split(/\s+/).length <= 5
  );
}

/** The same person written with other spacing or case is the same sender. */
function senderKey(name: string): string {
  return name
    .replace(/\((?:privately|privé|direct message)\)/i, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
