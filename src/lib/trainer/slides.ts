// Builds the trainer's slide deck from the course content. Pure: the pages load the content and pass it in,
// so a new stelling, programme part or list item in the content adds or changes a slide by itself.

import { formatOffset as clock } from '../common/format';
import type { PetId } from '../common/pets';
import type { CaptionLine } from '../course/auto';
import type { Position } from '../stellingen/score';
import type { QrCodePath } from './qr-code';

/** A table on a slide or the handout. */
export interface SlideTable {
  caption: string;
  head: string[];
  /** The pet a column stands for, to draw its icon beside the heading; null for a column without a pet. */
  headPets?: (PetId | null)[];
  rows: string[][];
}

/** One slide: everything is plain text, rendered by SlideView. */
export interface Slide {
  /** Stable id, e.g. "stelling-01-meldplicht-fraude". */
  id: string;
  kind: 'join' | 'title' | 'programme' | 'stelling' | 'list' | 'table';
  title: string;
  /** A subtitle, or the statement of a stelling (shown as a quote). */
  lead?: string;
  items?: string[];
  /** The pet each item is about, to draw its icon beside the item. */
  itemPets?: PetId[];
  /** A drawing on the slide, with its caption; the same one the lessons show. */
  illustration?: { kind: 'auto-en-automobilist'; caption: readonly CaptionLine[] };
  table?: SlideTable;
  /** Hidden until the trainer presses R: the course's position on a stelling. */
  reveal?: { position: Position; text: string };
  /** A QR code to scan from the shared screen, with the address it leads to as its text alternative. */
  qr?: QrCodePath & { address: string };
  /** Speaker notes; only the notes view shows them. */
  notes: string[];
  /** The stelling this slide is about, to show the room's tally in the notes view. */
  stellingId?: string;
}

/** A part of the programme as the slides need it. */
export interface ProgrammePart {
  id: string;
  title: string;
  minutes: number;
  startMinute: number;
  notes: string;
}

/** A stelling as the slides need it. */
export interface SlideStelling {
  id: string;
  order: number;
  statement: string;
  position: Position;
  verdict: string;
  trainerNote: string;
}

/** A titled list with speaker notes, e.g. the 7 W's or the kernboodschappen. */
export interface SlideList {
  title: string;
  lead?: string;
  items: string[];
  itemPets?: PetId[];
  notes: string | string[];
}

/** A titled table with speaker notes, e.g. the spagaat or the meldrechten. */
export interface SlideTableSource extends SlideTable {
  title: string;
  notes: string | string[];
}

/** More rows than this and a table is spread over several slides, so its type stays readable. */
export const maxRowsPerSlide = 6;

/** The legal status the deck must show: the peildatum, each law's status and the "Nog niet zeker" points. */
export interface DeckLegalStatus {
  /** The peildatum as people read it, e.g. "18 februari 2026". */
  peildatum: string;
  laws: string[];
  uncertain: string[];
}

/** More points than this and "Nog niet zeker" is spread over several slides. */
export const maxPointsPerSlide = 5;

/** Everything the deck is made of; a missing optional part leaves its slide out. */
export interface DeckSources {
  courseTitle: string;
  subtitle: string;
  siteAddress: string;
  /** The stellingen page participants open to answer: its short address and its QR code. */
  join?: { address: string; qr: QrCodePath };
  programme: ProgrammePart[];
  stellingen: SlideStelling[];
  /** The car and its driver (lesson 1): a drawing with its caption, and the list's lead and notes. */
  auto?: Omit<SlideList, 'items'> & { caption: readonly CaptionLine[] };
  taken?: SlideList;
  spagaat?: SlideTableSource;
  meldrechten?: SlideTableSource;
  zevenW?: SlideList;
  beleidskeuzes?: SlideList;
  scenarios?: SlideList;
  /** The Pettenkompas's first question with its answers, to try live with the room. */
  kompas?: SlideList;
  kernboodschappen?: SlideList;
  legalStatus?: DeckLegalStatus;
}

const positionText: Record<Position, string> = {
  eens: 'Eens',
  oneens: 'Oneens',
  'het hangt ervan af': 'Het hangt ervan af',
};

/** The deck in webinar order: join (QR code), title, programme, stellingen, auto en automobilist, taken, spagaat, meldrechten, 7 W's, beleid, casussen, kompas, kern, slot. */
export function buildSlides(sources: DeckSources): Slide[] {
  const partNote = (id: string) => {
    const part = sources.programme.find((item) => item.id === id);
    return part ? [`Draaiboek, ${part.title} (vanaf ${clock(part.startMinute)}): ${part.notes}`] : [];
  };
  const list = (id: string, source: SlideList | undefined, partId: string): Slide[] =>
    source
      ? [
          {
            id,
            kind: 'list',
            title: source.title,
            lead: source.lead,
            items: source.items,
            ...(source.itemPets && { itemPets: source.itemPets }),
            notes: [source.notes, partNote(partId)].flat(),
          },
        ]
      : [];
  const table = (id: string, source: SlideTableSource | undefined, partId: string): Slide[] => {
    if (!source) return [];
    const parts = Math.max(Math.ceil(source.rows.length / maxRowsPerSlide), 1);
    return Array.from({ length: parts }, (_, part) => ({
      id: part === 0 ? id : `${id}-${part + 1}`,
      kind: 'table',
      title: parts > 1 ? `${source.title} (${part + 1} van ${parts})` : source.title,
      table: {
        caption: source.caption,
        head: source.head,
        ...(source.headPets && { headPets: source.headPets }),
        rows: source.rows.slice(part * maxRowsPerSlide, (part + 1) * maxRowsPerSlide),
      },
      notes: part === 0 ? [source.notes, partNote(partId)].flat() : [source.notes].flat(),
    }));
  };

  const legal = (status: DeckLegalStatus | undefined): Slide[] => {
    if (!status) return [];
    const lead = `Peildatum: ${status.peildatum}. Wat daarna is veranderd, staat hier niet in.`;
    const parts = Math.ceil(status.uncertain.length / maxPointsPerSlide);
    return [
      {
        id: 'wetgeving',
        kind: 'list',
        title: 'Stand van de wetgeving',
        lead,
        items: status.laws,
        notes: ['Noem de peildatum hardop. Vraag of iemand nieuws kent over de Wams of de andere wetten.'],
      },
      ...Array.from(
        { length: parts },
        (_, part): Slide => ({
          id: part === 0 ? 'nog-niet-zeker' : `nog-niet-zeker-${part + 1}`,
          kind: 'list',
          title: parts > 1 ? `Nog niet zeker (${part + 1} van ${parts})` : 'Nog niet zeker',
          lead,
          items: status.uncertain.slice(part * maxPointsPerSlide, (part + 1) * maxPointsPerSlide),
          notes: ['Deze punten zijn niet nagegaan of de bronnen zijn het niet eens. Presenteer ze niet als feit.'],
        }),
      ),
    ];
  };

  const stellingen = [...sources.stellingen].sort((a, b) => a.order - b.order);
  const join: Slide[] = sources.join
    ? [
        {
          id: 'meedoen',
          kind: 'join',
          title: 'Doe mee',
          lead: 'Scan de code met je telefoon of typ het adres. Daar vul je straks de stellingen in.',
          items: [sources.join.address],
          qr: { ...sources.join.qr, address: sources.join.address },
          notes: [
            'Laat deze dia staan terwijl de groep binnenkomt. Wie de code niet kan scannen, typt het adres over.',
          ],
        },
      ]
    : [];
  return [
    ...join,
    {
      id: 'titel',
      kind: 'title',
      title: sources.courseTitle,
      lead: sources.subtitle,
      items: [
        `Doe mee op ${sources.siteAddress}`,
        ...(sources.legalStatus ? [`Juridische stand (peildatum): ${sources.legalStatus.peildatum}`] : []),
      ],
      notes: partNote('welkom'),
    },
    {
      id: 'programma',
      kind: 'programme',
      title: 'Programma',
      items: sources.programme.map((part) => `${clock(part.startMinute)} ${part.title} (${part.minutes} min.)`),
      notes: ['Noem kort wat er komt en wanneer er pauze of interactie is.'],
    },
    ...stellingen.map(
      (stelling, index): Slide => ({
        id: `stelling-${stelling.id}`,
        kind: 'stelling',
        title: `Stelling ${stelling.order}`,
        lead: stelling.statement,
        reveal: { position: stelling.position, text: `${positionText[stelling.position]}. ${stelling.verdict}` },
        notes: [stelling.trainerNote, ...(index === 0 ? partNote('introductie') : [])],
        stellingId: stelling.id,
      }),
    ),
    ...(sources.auto
      ? [
          {
            id: 'auto',
            kind: 'list' as const,
            title: sources.auto.title,
            lead: sources.auto.lead,
            illustration: { kind: 'auto-en-automobilist' as const, caption: sources.auto.caption },
            notes: [sources.auto.notes].flat(),
          },
        ]
      : []),
    ...list('taken', sources.taken, 'introductie'),
    ...table('spagaat', sources.spagaat, 'spagaat'),
    ...table('meldrechten', sources.meldrechten, 'taak-beroepsgeheim-beroepscode'),
    ...list('zeven-w', sources.zevenW, 'beleidskeuzes'),
    ...list('beleidskeuzes', sources.beleidskeuzes, 'beleidskeuzes'),
    ...list('scenarios', sources.scenarios, 'aan-de-slag'),
    ...list('kompas', sources.kompas, 'aan-de-slag'),
    ...list('kernboodschappen', sources.kernboodschappen, 'afsluiting'),
    ...legal(sources.legalStatus),
    {
      id: 'slot',
      kind: 'title',
      title: 'Dank je wel',
      lead: 'Vul nu de nameting in en plak je code in de chat.',
      items: [`Alles nog eens nalezen: ${sources.siteAddress}`],
      notes: [
        'Bewaar de nameting op de telpagina en laat de verschuiving van de groep zien.',
        ...partNote('afsluiting'),
      ],
    },
  ];
}
