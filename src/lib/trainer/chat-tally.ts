// Reads a webinar chat pasted by the trainer (Zoom, Teams or plain text) and counts the room's answers.
// Names leave the parser only in `senders`, so the trainer can see who was counted and leave someone out.
// They stay in the page's memory: the page stores only the counts and sends nothing anywhere.

import type { Position, Round } from '../stellingen/score';
import { rounds } from '../stellingen/score';
import { exampleReason, introducesExample, readReply } from './chat-reply';
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

/** Someone whose answers were counted. The name is shown in the page only; it is never stored. */
export interface CountedSender {
  /** The same for every spelling of the name; used to leave the sender out. */
  key: string;
  /** The name as first written in the chat; none for a line without a sender. */
  name?: string;
  /** 1-based line number of the sender's first counted answer. */
  lineNumber: number;
  /** The sender's latest answer per stelling, for each round they answered. */
  answers: Partial<Record<Round, Record<string, Position>>>;
}

/** Counts per stelling and the number of respondents, for both rounds. */
export interface RoundCounts {
  /** Counts per stelling for each round; answer codes carry their round, simple replies count for `round`. */
  counts: Record<Round, TallyCounts>;
  /** How many different senders answered at least one stelling, per round. */
  respondents: Record<Round, number>;
}

/** What the parser found in a chat. */
export interface ChatTally extends RoundCounts {
  /** Everyone who was counted, in the order of their first answer. */
  senders: CountedSender[];
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
// Control characters other than tab and line breaks make text look binary; they are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/** Parses a pasted chat and counts each sender's latest answer per stelling. Never throws. */
export function tallyChat(text: string, { stellingIds, round }: ChatTallyOptions): ChatTally {
  const truncated = text.length > maxChatChars;
  const lines = (truncated ? text.slice(0, maxChatChars) : text).replace(controlCharacters, '').split(/\r\n|\r|\n/);
  const senders = new Map<string, CountedSender>();
  const unreadable: UnreadableLine[] = [];
  let unreadableCount = 0;
  let messageLines = 0;
  let sender: { key: string; name: string } | undefined;
  // After "bijvoorbeeld:" the next lines of the same message are examples.
  let examples = false;
  const startMessage = (name: string) => {
    examples = false;
    sender = senderOf(name);
    return sender;
  };

  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.length > maxLineChars ? rawLine.slice(0, maxLineChars) : rawLine;
    if (line.trim() === '' || timestampLine.test(line) || noiseLine.test(line)) continue;
    let message = line;
    let who: { key: string; name?: string };

    const zoom = zoomHeader.exec(line);
    const teams = zoom ? null : teamsBracketHeader.exec(line);
    const inlineName = zoom || teams ? undefined : teamsInlineHeader.exec(line)?.[1];
    if (zoom) {
      who = startMessage(zoom[1] ?? '');
      if (!zoom[2]?.trim()) continue;
      message = zoom[2];
    } else if (teams) {
      startMessage(teams[1] ?? '');
      continue;
    } else if (isTeamsNameLine(line, lines[index + 1])) {
      startMessage(line);
      continue;
    } else if (inlineName !== undefined && isPlausibleName(inlineName)) {
      startMessage(inlineName);
      continue;
    } else if (sender) {
      who = sender;
    } else {
      const plain = plainSender.exec(line);
      if (plain?.[1] && plain[2] && isPlausibleName(plain[1])) {
        who = senderOf(plain[1]);
        message = plain[2];
      } else {
        who = { key: `#regel-${index + 1}` };
      }
    }

    messageLines++;
    const found = examples ? { answers: [], reason: exampleReason } : readReply(message, stellingIds, round);
    // Without a sender the message ends with its line; with one it runs until the next header.
    examples = (examples && sender !== undefined) || introducesExample(message);
    for (const answer of found.answers) {
      const known = senders.get(who.key) ?? { ...who, lineNumber: index + 1, answers: {} };
      known.answers[answer.round] = { ...known.answers[answer.round], ...answer.positions };
      senders.set(who.key, known);
    }
    if (found.answers.length === 0) {
      unreadableCount++;
      if (unreadable.length < maxListedUnreadable) {
        unreadable.push({ lineNumber: index + 1, text: shorten(message.trim()), reason: found.reason });
      }
    }
  }

  const counted = [...senders.values()];
  return {
    ...countSenders(counted, stellingIds),
    senders: counted,
    messageLines,
    unreadableCount,
    unreadable,
    truncated,
  };
}

/** Counts the senders' answers per stelling and the respondents per round, leaving out the `excluded` keys. */
export function countSenders(
  senders: readonly CountedSender[],
  stellingIds: readonly string[],
  excluded: ReadonlySet<string> = new Set(),
): RoundCounts {
  const counts = { voormeting: {}, nameting: {} } as Record<Round, TallyCounts>;
  const respondents = { voormeting: 0, nameting: 0 } as Record<Round, number>;
  for (const answerRound of rounds) {
    for (const id of stellingIds) counts[answerRound][id] = emptyCounts();
    for (const sender of senders) {
      const answers = sender.answers[answerRound];
      if (!answers || excluded.has(sender.key)) continue;
      respondents[answerRound]++;
      for (const [id, position] of Object.entries(answers)) {
        const stellingCounts = counts[answerRound][id];
        if (stellingCounts) stellingCounts[position]++;
      }
    }
  }
  return { counts, respondents };
}

/** The excluded keys with `key` added, or taken out when it was there: one click on "Niet meetellen". */
export function toggleExcluded(excluded: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(excluded);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** What was counted for one sender in a round, e.g. "1 eens, 3 het hangt ervan af", in stelling order. */
export function describeAnswers(answers: Readonly<Record<string, Position>>, stellingIds: readonly string[]): string {
  const parts = stellingIds.flatMap((id, index) => (answers[id] ? [`${index + 1} ${answers[id]}`] : []));
  return parts.length > 0 ? parts.join(', ') : 'geen stelling ingevuld';
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

/** The same person written with other spacing or case is the same sender; the name is kept as first written. */
function senderOf(raw: string): { key: string; name: string } {
  const name = raw
    .replace(/\((?:privately|privé|direct message)\)/i, '')
    .trim()
    .replace(/\s+/g, ' ');
  return { key: name.toLowerCase(), name: name.length > maxNameChars ? `${name.slice(0, maxNameChars - 1)}…` : name };
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** How the page names a sender: the name from the chat, or the line of a message without one. */
export function senderLabel(sender: Pick<CountedSender, 'name' | 'lineNumber'>): string {
  return sender.name ?? `Zonder naam (regel ${sender.lineNumber})`;
}
