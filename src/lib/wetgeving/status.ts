// The legal status of each law and bill in content/course/wetgeving.yaml, as Dutch sentences. Pure: callers pass
// the entries in. Content refers to a status as <WetStatus wet="wams" /> (MDX) or {wet:wams} (YAML text), so a
// change of status is one edit in wetgeving.yaml.
import type { Wet } from '../../schemas/wetgeving';
import { closestIds } from '../common/closest-ids';
import { formatDutchDate } from '../common/format';

/** The two forms of a status: the full text (status, last step, what is unknown) or one short sentence. */
export type WetStatusForm = 'volledig' | 'kort';

/** A status as parts, so pages can render the dossier as a link and plain text can write it out. */
export interface WetStatusParts {
  /** The status itself, e.g. "Op 18 februari 2026 was de Wams (Kamerstuk 36 295) een wetsvoorstel en nog geen wet." */
  core: string;
  /** The last known step or what the law covers, if the entry has one. */
  stage?: string;
  /** When nothing newer was found: what we do not know and where to look. */
  later?: { text: string; linkText: string; url: string };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The status of one law as sentence parts; the short form has only the core sentence, without the reference. */
export function wetStatusParts(wet: Wet, form: WetStatusForm = 'volledig'): WetStatusParts {
  const subject = `${wet.article} ${wet.shortName}${form === 'volledig' ? ` (${wet.reference})` : ''}`;
  const asOf = formatDutchDate(wet.statusAsOf);
  const since = formatDutchDate(wet.since);
  const core = {
    wetsvoorstel: `Op ${asOf} was ${subject} een wetsvoorstel en nog geen wet.`,
    aangenomen: `Op ${asOf} was ${subject} aangenomen, maar nog niet in werking.`,
    'in-werking': `${capitalise(subject)} geldt sinds ${since}.`,
    'deels-in-werking': `${capitalise(subject)} geldt sinds ${since} voor een deel.`,
    ingetrokken: `${capitalise(subject)} is op ${since} ingetrokken.`,
  }[wet.status];
  if (form === 'kort') return { core };
  const later =
    wet.laterUnknown && wet.dossier?.url
      ? {
          text: `Wat er na ${asOf} is gebeurd, weten we niet. Kijk voor de actuele stand op`,
          linkText: wet.dossier.title,
          url: wet.dossier.url,
        }
      : undefined;
  return { core, stage: wet.stage, later };
}

/** The status as one plain-text string, e.g. for the slides, a glossary definition or the handout. */
export function wetStatusText(wet: Wet, form: WetStatusForm = 'volledig'): string {
  const parts = wetStatusParts(wet, form);
  const later = parts.later ? `${parts.later.text} ${parts.later.linkText}.` : undefined;
  return [parts.core, parts.stage, later].filter(Boolean).join(' ');
}

/** The status as Markdown, with the dossier as a link. */
export function wetStatusMarkdown(wet: Wet, form: WetStatusForm = 'volledig'): string {
  const parts = wetStatusParts(wet, form);
  const later = parts.later ? `${parts.later.text} [${parts.later.linkText}](${parts.later.url}).` : undefined;
  return [parts.core, parts.stage, later].filter(Boolean).join(' ');
}

/** A placeholder in content text: {wet:wams} for the full status, {wet:wams|kort} for one short sentence. */
export const wetPlaceholderPattern = /\{wet:([^}|]*)(?:\|([^}]*))?\}/g;

/** What is wrong with one placeholder, or undefined when it names a known law and form. */
export function placeholderProblem(id: string, form: string | undefined, knownIds: readonly string[]) {
  if (!knownIds.includes(id)) {
    const suggestion = closestIds(id, [...knownIds]);
    return {
      message: `{wet:${id}} names no law in content/course/wetgeving.yaml; known ids: ${knownIds.join(', ')}`,
      fix: `use one of the known ids${suggestion.length > 0 ? ` (did you mean ${suggestion.join(', ')}?)` : ''}, or add the law to content/course/wetgeving.yaml.`,
    };
  }
  if (form !== undefined && form !== 'kort') {
    return {
      message: `{wet:${id}|${form}} has an unknown form "${form}"`,
      fix: `write {wet:${id}} for the full status or {wet:${id}|kort} for one short sentence.`,
    };
  }
  return undefined;
}

/** One problem found in a content file: where (a field path) and what to do. */
export interface PlaceholderIssue {
  path: (string | number)[];
  message: string;
  fix: string;
}

/** Every unknown {wet:…} placeholder in the string fields of some content data, with its field path. */
export function findPlaceholderIssues(
  data: unknown,
  knownIds: readonly string[],
  path: (string | number)[] = [],
): PlaceholderIssue[] {
  if (typeof data === 'string') {
    return [...data.matchAll(wetPlaceholderPattern)].flatMap(([, id = '', form]) => {
      const problem = placeholderProblem(id, form, knownIds);
      return problem ? [{ path, ...problem }] : [];
    });
  }
  if (Array.isArray(data))
    return data.flatMap((item, index) => findPlaceholderIssues(item, knownIds, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => findPlaceholderIssues(value, knownIds, [...path, key]));
  }
  return [];
}

/**
 * Replaces every {wet:…} placeholder in a text with the law's status. An unknown id throws, naming `where`
 * (file and field, or the start of the text) and the known ids.
 */
export function expandWetPlaceholders(
  text: string,
  wetten: readonly Wet[],
  format: 'text' | 'markdown',
  where = `the text "${text.slice(0, 60)}…"`,
): string {
  if (!text.includes('{wet:')) return text;
  const knownIds = wetten.map((wet) => wet.id);
  return text.replace(wetPlaceholderPattern, (_match, id: string, form: string | undefined) => {
    const problem = placeholderProblem(id, form, knownIds);
    const wet = wetten.find((entry) => entry.id === id);
    if (problem || !wet) throw new Error(`In ${where}: ${problem?.message}.\n    Fix: ${problem?.fix}`);
    const chosen: WetStatusForm = form === 'kort' ? 'kort' : 'volledig';
    return format === 'markdown' ? wetStatusMarkdown(wet, chosen) : wetStatusText(wet, chosen);
  });
}

/** Every string in some data with its placeholders expanded as plain text; other values stay as they are. */
export function expandWetPlaceholdersDeep<T>(data: T, wetten: readonly Wet[]): T {
  if (typeof data === 'string') return expandWetPlaceholders(data, wetten, 'text') as T;
  if (Array.isArray(data)) return data.map((item) => expandWetPlaceholdersDeep(item, wetten)) as T;
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, expandWetPlaceholdersDeep(value, wetten)]),
    ) as T;
  }
  return data;
}

/** The peildatum of the course: the date of the newest source behind any status (yyyy-mm-dd). */
export function legalReferenceDate(wetten: readonly Wet[]): string {
  const dates = wetten.map((wet) => wet.statusAsOf).sort();
  const newest = dates.at(-1);
  if (!newest) throw new Error('content/course/wetgeving.yaml has no entries; the peildatum needs at least one.');
  return newest;
}

/** The "Nog niet zeker" points of the laws, each prefixed with the law's short name. */
export function wetOpenQuestions(wetten: readonly Wet[]): string[] {
  return [...wetten]
    .sort((a, b) => a.order - b.order)
    .flatMap((wet) => wet.openQuestions.map((point) => `${wet.shortName}: ${point}`));
}

/** The ids of the laws a lesson body refers to with <WetStatus wet="…" /> or {wet:…}, in order of first use. */
export function lawsCitedIn(body: string): string[] {
  const ids = [
    ...[...body.matchAll(/<WetStatus\b[^>]*\bwet=["']([^"']+)["']/g)].map((match) => match[1] ?? ''),
    ...[...body.matchAll(wetPlaceholderPattern)].map((match) => match[1] ?? ''),
  ];
  return [...new Set(ids)];
}
