// Course material for the trainer slides and handout. Meldrechten, kernboodschappen and the 7 W's come from
// content/course/ and are shaped here; taken, spagaat and beleidskeuzes wait for a content file of their own:
// when one lands, load it in course-slides.ts and drop the constant here.
import type { Kernboodschap } from '../schemas/kernboodschap';
import type { Meldrecht } from '../schemas/meldrecht';
import { meldrechtKindLabels } from '../schemas/meldrecht';
import type { ZevenWVraag } from '../schemas/zeven-w';
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

export const taken: SlideList = {
  title: 'Drie taken, drie petten',
  lead: 'Niet je werkgever, maar de taak die je op dat moment doet, bepaalt de regels.',
  items: [
    'Toeleiding (gemeentepet): van de eerste melding of hulpvraag tot het besluit over de hulp. Je werkt namens het college.',
    'Hulpverlening (hulpverlenerspet): de hulp zelf geven. Hier gelden het beroepsgeheim en de beroepscode.',
    'Coördinatie (derde pet): hulp die al loopt op elkaar afstemmen als problemen samenhangen. Het wetsvoorstel Wams wil dit regelen; het is nog geen wet.',
  ],
  notes: 'Vraag de groep welke pet ze het vaakst op hebben. Veel mensen wisselen per gesprek.',
};

export const spagaat: SlideTableSource = {
  title: 'De spagaat',
  caption: 'Wat geldt per taak',
  head: ['', 'Toeleiding', 'Hulpverlening', 'Coördinatie (voorstel)'],
  rows: [
    ['Pet', 'gemeentepet', 'hulpverlenerspet', 'derde pet'],
    ['Je werkt namens', 'het college van B&W', 'de aanbieder', 'het college (voorstel)'],
    [
      'Wettelijk beroepsgeheim',
      'nee (wel geheimhouding, art. 2:5 Awb)',
      'ja, of de beroepscode',
      'nee, wel bij deelnemers',
    ],
    ['Beroepscode en tuchtrecht', 'ja', 'ja', 'ja, voor geregistreerde professionals'],
    [
      'Gegevens delen mag',
      'als het nodig is voor de taak, met zorg',
      'met toestemming, als een wet het vraagt of toestaat, of bij een conflict van plichten',
      'binnen de waarborgen van de wet, als die er komt',
    ],
  ],
  notes: 'Laat zien dat één persoon op één dag in meer kolommen kan staan. Daar zit de spagaat.',
};

export const beleidskeuzes: SlideList = {
  title: 'Beleidskeuzes voor de organisatie',
  lead: 'Wie geen keuzes maakt, laat professionals alleen staan.',
  items: [
    'Leg per taak vast welke pet erbij hoort en wat dat betekent voor gegevens.',
    'Houd een overzicht bij van doelen, taken en gegevens, passend bij het register van verwerkingen.',
    'Houd dossiers voor toeleiding en hulpverlening gescheiden en regel de toegang daarnaar.',
    'Maak afspraken met partners als het wijkteam elders is ondergebracht.',
    'Zorg dat inwoners weten met welke pet iemand tegenover hen zit.',
  ],
  notes: 'Vraag welke van deze afspraken in de eigen organisatie al bestaan en welke niet.',
};
