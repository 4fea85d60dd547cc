// The learner's data in SCORM 1.2's cmi.suspend_data (at most 4,096 characters) or a cmi5 state document, so
// a learner continues inside the LMS on another computer. The stored sections (`{ version, data }` JSON per
// section id) are joined into one JSON object, deflated (fflate, level 9) and written as base64, characters
// every LMS stores unchanged. Deflate halves what lz-string's base64 gives for this data (the largest state of
// the course's bounded sections: about 3,100 characters against 6,000), so everything but long free text fits.
// When it does not, the least important sections are left out, and as a last step the knowledge checks keep
// only their results: completion and score are never lost.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseJson } from '../common/json';

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** Marks the format, so a later codec can still read (or knowingly skip) this one. */
const PREFIX = 'pw1:';

/** The sections that are carried, most important first; the last ones are the first to be left out. */
export const SECTIONS_BY_PRIORITY = [
  'quizzes',
  'lessons',
  'scenarios',
  'stellingen',
  'certificaat',
  'zelfscan',
  'canvases',
] as const;

/** The encoded text and what it holds. */
export interface EncodedSuspendData {
  text: string;
  /** Section ids carried in full. */
  kept: string[];
  /** Section ids left out to fit. */
  dropped: string[];
  /** Whether the knowledge checks were cut down to their results. */
  resultsOnly: boolean;
}

/**
 * Encodes the stored sections (raw values keyed by section id) in at most `limit` characters, leaving out the
 * least important ones, then the checks' answers, when needed. Sections this codec does not know are not carried.
 */
export function encodeSuspendData(
  stored: Readonly<Record<string, string>>,
  limit = SUSPEND_DATA_LIMIT,
): EncodedSuspendData {
  const parsed = new Map<string, unknown>();
  for (const id of SECTIONS_BY_PRIORITY) {
    const raw = stored[id];
    const value = raw === undefined ? undefined : parseJson(raw);
    if (value !== undefined) parsed.set(id, value);
  }
  const present = [...parsed.keys()];
  if (present.length === 0) return { text: '', kept: [], dropped: [], resultsOnly: false };
  // A section too long on its own can never fit: leave it out before trying the combinations (long free text
  // would otherwise be deflated once per try).
  const hopeless = new Set(present.filter((id) => id !== 'quizzes' && encode([id], parsed).length > limit));
  const candidates = present.filter((id) => !hopeless.has(id));
  for (let count = candidates.length; count >= 1; count--) {
    const kept = candidates.slice(0, count);
    const text = encode(kept, parsed);
    if (text.length <= limit) {
      return { text, kept, dropped: present.filter((id) => !kept.includes(id)), resultsOnly: false };
    }
  }
  const quizzes = parsed.get('quizzes');
  if (quizzes !== undefined) {
    const reduced = new Map([['quizzes', resultsOnly(quizzes)]]);
    const text = encode(['quizzes'], reduced);
    if (text.length <= limit) {
      return { text, kept: [], dropped: present.filter((id) => id !== 'quizzes'), resultsOnly: true };
    }
  }
  return { text: '', kept: [], dropped: present, resultsOnly: false };
}

/** Reads suspend data back into raw section values; undefined when it is empty, foreign or damaged. */
export function decodeSuspendData(text: string | null | undefined): Record<string, string> | undefined {
  if (!text?.startsWith(PREFIX)) return undefined;
  let sections: unknown;
  try {
    const bytes = strToU8(atob(text.slice(PREFIX.length)), true);
    sections = JSON.parse(strFromU8(inflateSync(bytes)));
  } catch {
    return undefined;
  }
  if (sections === null || typeof sections !== 'object' || Array.isArray(sections)) return undefined;
  const known = new Set<string>(SECTIONS_BY_PRIORITY);
  const raw: Record<string, string> = {};
  for (const [id, value] of Object.entries(sections)) if (known.has(id)) raw[id] = JSON.stringify(value);
  return raw;
}

function encode(ids: readonly string[], parsed: ReadonlyMap<string, unknown>): string {
  const json = JSON.stringify(Object.fromEntries(ids.map((id) => [id, parsed.get(id)])));
  return PREFIX + btoa(strFromU8(deflateSync(strToU8(json), { level: 9 }), true));
}

/** The quiz section with only the finished checks' results, their answers left out. */
function resultsOnly(envelope: unknown): unknown {
  const { version, data } = (envelope ?? {}) as { version?: unknown; data?: unknown };
  if (data === null || typeof data !== 'object') return envelope;
  const records = Object.entries(data as Record<string, { result?: unknown }>).flatMap(([quizId, record]) =>
    record?.result ? [[quizId, { questions: {}, result: record.result }]] : [],
  );
  return { version, data: Object.fromEntries(records) };
}
