// Course material for the trainer slides and handout: the entries in content/course/, shaped into slide lists
// and tables with the trainer's framing (lead and speaker notes).
import type { Beleidskeuze } from '../../schemas/beleidskeuze';
import type { Kernboodschap } from '../../schemas/kernboodschap';
import type { Meldrecht } from '../../schemas/meldrecht';
import { meldrechtKindLabels } from '../../schemas/meldrecht';
import type { SpagaatRij } from '../../schemas/spagaat';
import type { Taak } from '../../schemas/taak';
import type { ZevenWVraag } from '../../schemas/zeven-w';
import { pets } from '../common/pets';
import { autoCaption, type CaptionLine } from '../course/auto';
import type { SlideList, SlideTableSource } from './slides';

const byOrder = <T extends { order: number }>(entries: readonly T[]) => [...entries].sort((a, b) => a.order - b.order);

/** The meldrechten from content/course/meldrechten.yaml as a table: situation, rule, right or duty. */
export function meldrechtenTable(entries: readonly Meldrecht[]): SlideTableSource {
  return {
    title: 'Meldrechten en meldplichten',
    caption: 'Wanneer je zonder toestemming iets mag of moet doorgeven',
    head: ['Situatie', 'Regeling', 'Recht of plicht'],
    rows: byOrder(entries).map((entry) => [
      entry.topic,
      entry.article === '–' ? entry.regulation : `${entry.regulation}, ${entry.article}`,
      meldrechtKindLabels[entry.kind],
    ]),
    notes: 'Een meldrecht is geen meldplicht. Wie niet meldt, moet wel kunnen uitleggen waarom.',
  };
}

/** The seven W-questions from content/course/zeven-w.yaml, with their guidance as speaker notes. */
export function zevenWList(entries: readonly ZevenWVraag[]): SlideList {
  const sorted = byOrder(entries);
  return {
    title: '7 × W',
    lead: 'Begin niet met "mag dit?", maar met deze zeven vragen.',
    items: sorted.map((entry) => entry.question),
    notes: [
      'Laat de groep een eigen overlegtafel kiezen en de vragen hardop doorlopen.',
      ...sorted.map((entry) => `${entry.question} ${entry.guidance}`),
    ],
  };
}

/** The kernboodschappen from content/course/kernboodschappen.yaml as a slide list of their titles. */
export function kernboodschappenList(entries: readonly Kernboodschap[]): SlideList {
  const sorted = byOrder(entries);
  return {
    title: 'Om te onthouden',
    items: sorted.map((entry) => entry.title),
    notes: [
      'Licht er een of twee toe die bij deze groep passen.',
      ...sorted.map((entry) => `${entry.title}: ${entry.text}`),
    ],
  };
}

/** The three tasks from content/course/taken.yaml, each with its pet. */
export function takenList(entries: readonly Taak[]): SlideList {
  return {
    title: 'Drie taken, drie petten',
    lead: 'Niet je werkgever, maar de taak die je op dat moment doet, bepaalt de regels.',
    items: byOrder(entries).map((taak) => `${taak.title} (${pets[taak.pet].label.toLowerCase()}): ${taak.summary}`),
    itemPets: byOrder(entries).map((taak) => taak.pet),
    notes: 'Vraag de groep welke pet ze het vaakst op hebben. Veel mensen wisselen per gesprek.',
  };
}

/** The spagaat from content/course/spagaat.yaml: per aspect, what holds under each pet. */
export function spagaatTable(rows: readonly SpagaatRij[]): SlideTableSource {
  return {
    title: 'De spagaat',
    caption: 'Wat geldt per pet',
    head: ['', pets.gemeentepet.label, pets.hulpverlenerspet.label, `${pets.coordinatie.label} (voorstel)`],
    headPets: [null, 'gemeentepet', 'hulpverlenerspet', 'coordinatie'],
    rows: byOrder(rows).map((row) => [row.aspect, row.gemeentepet, row.hulpverlenerspet, row.coordinatie]),
    notes: 'Laat zien dat één persoon op één dag in meer kolommen kan staan. Daar zit de spagaat.',
  };
}

/** The car and its driver from lesson 1, on a slide of its own; the drawing's caption says what it shows. */
export function autoSlide(): Omit<SlideList, 'items'> & { caption: readonly CaptionLine[] } {
  return {
    caption: autoCaption,
    title: 'De auto en de automobilist',
    lead: 'Allebei zijn nodig: een goede auto en een goede bestuurder.',
    notes: [
      'Dit is de uitleg van de cursus (les 1), niet letterlijk die van het webinar.',
      'Vraag: wat ontbreekt er nog aan de auto in jullie organisatie? Denk aan werkinstructies, systemen en afspraken.',
    ],
  };
}

/** The policy choices from content/course/beleidskeuzes.yaml. */
export function beleidskeuzesList(entries: readonly Beleidskeuze[]): SlideList {
  return {
    title: 'Beleidskeuzes voor de organisatie',
    lead: 'Wie geen keuzes maakt, laat professionals alleen staan.',
    items: byOrder(entries).map((entry) => entry.text),
    notes: 'Vraag welke van deze afspraken in de eigen organisatie al bestaan en welke niet.',
  };
}

/** The scenarios as cases to play with the room, each with the role the participant takes. */
export function scenariosList(
  entries: readonly { id: string; order: number; title: string; role: string }[],
): SlideList {
  const sorted = byOrder(entries);
  return {
    title: 'Oefenen met een casus',
    lead: 'Speel samen een scenario en stem bij elke keuze: welke pet heb je op?',
    items: sorted.map((entry) => `${entry.title} (jij bent ${entry.role})`),
    notes: [
      'Deel het scenario op het scherm en laat de groep per keuze in de chat stemmen.',
      ...sorted.map((entry) => `Kaart met alle takken van "${entry.title}": /scenarios/${entry.id}/kaart/`),
    ],
  };
}

/** The "Nog niet zeker" points of the stellingen and meldrechten, each prefixed with what it is about, for print. */
export function printedUncertainties({
  stellingen,
  meldrechten,
}: {
  stellingen: readonly { order: number; statement: string; uncertain: readonly string[] }[];
  meldrechten: readonly Meldrecht[];
}): string[] {
  return [
    ...[...stellingen]
      .sort((a, b) => a.order - b.order)
      .flatMap((stelling) => stelling.uncertain.map((point) => `Stelling ${stelling.order}: ${point}`)),
    ...byOrder(meldrechten).flatMap((entry) => (entry.uncertain ? [`${entry.topic}: ${entry.uncertain}`] : [])),
  ];
}
