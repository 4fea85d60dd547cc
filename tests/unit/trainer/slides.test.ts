import { describe, expect, it } from 'vitest';
import {
  autoSlide,
  beleidskeuzesList,
  kernboodschappenList,
  meldrechtenTable,
  scenariosList,
  spagaatTable,
  takenList,
  zevenWList,
} from '../../../src/lib/trainer/material';
import { qrCodePath } from '../../../src/lib/trainer/qr-code';
import type { DeckSources } from '../../../src/lib/trainer/slides';
import { buildSlides } from '../../../src/lib/trainer/slides';
import type { Kernboodschap } from '../../../src/schemas/kernboodschap';
import type { Meldrecht } from '../../../src/schemas/meldrecht';
import type { ZevenWVraag } from '../../../src/schemas/zeven-w';

const meldrecht = (order: number): Meldrecht => ({
  id: `m${order}`,
  order,
  topic: `Situatie ${order}`,
  kind: order % 2 ? 'recht' : 'plicht',
  who: 'Iedere professional',
  regulation: 'Wmo 2015',
  article: order === 1 ? '–' : `art. ${order}`,
  note: 'Een korte uitleg in gewone taal.',
});
const kern = (order: number): Kernboodschap => ({
  id: `k${order}`,
  order,
  title: `Boodschap ${order}`,
  text: 'Een toelichting van een paar zinnen lang.',
  audience: ['professional'],
  basis: 'cursus',
});
const vraag = (order: number): ZevenWVraag => ({
  id: `w${order}`,
  order,
  question: `Vraag ${order}?`,
  guidance: 'Waar je aan denkt bij deze vraag, in gewone taal.',
  example: 'Een uitgewerkt voorbeeld van een antwoord op de vraag.',
  placeholder: 'Bijvoorbeeld: …',
});
const material = {
  taken: takenList([
    { id: 'hulpverlening', order: 2, title: 'Hulpverlening', pet: 'hulpverlenerspet', summary: 'De hulp zelf geven.' },
    { id: 'toeleiding', order: 1, title: 'Toeleiding', pet: 'gemeentepet', summary: 'Van melding tot besluit.' },
  ]),
  spagaat: spagaatTable([
    { id: 'b', order: 2, aspect: 'Beroepsgeheim', gemeentepet: 'nee', hulpverlenerspet: 'ja', coordinatie: 'nee' },
    {
      id: 'a',
      order: 1,
      aspect: 'Namens',
      gemeentepet: 'college',
      hulpverlenerspet: 'aanbieder',
      coordinatie: 'college',
    },
  ]),
  zevenW: zevenWList([7, 6, 5, 4, 3, 2, 1].map(vraag)),
  beleidskeuzes: beleidskeuzesList([{ id: 'p', order: 1, text: 'Leg per taak vast welke pet erbij hoort.' }]),
  scenarios: scenariosList([
    { id: 'school-belt', order: 2, title: 'De mentor belt', role: 'gezinsbegeleider' },
    { id: 'daan', order: 1, title: 'Daan en het wijkteam', role: 'jeugdhulpverlener' },
  ]),
  meldrechten: meldrechtenTable([meldrecht(2), meldrecht(1)]),
  kernboodschappen: kernboodschappenList([kern(2), kern(1)]),
};

const stelling = (order: number) => ({
  id: `s${order}`,
  order,
  statement: `Stelling nummer ${order}`,
  position: 'oneens' as const,
  verdict: 'Te algemeen.',
  trainerNote: `Notitie ${order}`,
});

const base: DeckSources = {
  courseTitle: 'Pettenwijzer',
  subtitle: 'Welke pet heb je op?',
  siteAddress: 'pettenwijzer.nl',
  programme: [
    { id: 'welkom', title: 'Welkom', minutes: 5, startMinute: 0, notes: 'Deel het adres.' },
    { id: 'introductie', title: 'Introductie', minutes: 10, startMinute: 5, notes: 'Noem de taken.' },
  ],
  stellingen: [stelling(2), stelling(1)],
};

describe('course lists shaped for slides', () => {
  it('puts the taken in order with their pet', () => {
    expect(material.taken.items).toEqual([
      'Toeleiding (gemeentepet): Van melding tot besluit.',
      'Hulpverlening (hulpverlenerspet): De hulp zelf geven.',
    ]);
    expect(material.taken.itemPets).toEqual(['gemeentepet', 'hulpverlenerspet']);
  });

  it('builds the spagaat table with a column per pet, rows in order', () => {
    expect(material.spagaat.head).toEqual(['', 'Gemeentepet', 'Hulpverlenerspet', 'Coördinatiepet (voorstel)']);
    expect(material.spagaat.rows.map((row) => row[0])).toEqual(['Namens', 'Beroepsgeheim']);
    expect(material.spagaat.headPets).toEqual([null, 'gemeentepet', 'hulpverlenerspet', 'coordinatie']);
  });
});

describe('the slide deck', () => {
  it('invites the room to try the Pettenkompas after the scenarios, with its first question and answers', () => {
    const kompas = {
      title: 'Probeer het Pettenkompas',
      lead: 'Welke taak?',
      items: ['Toeleiding', 'Hulp'],
      notes: 'Live.',
    };
    const ids = buildSlides({ ...base, ...material, kompas }).map((slide) => slide.id);
    expect(ids.indexOf('kompas')).toBe(ids.indexOf('scenarios') + 1);
    expect(buildSlides({ ...base, kompas }).find((slide) => slide.id === 'kompas')?.items).toEqual([
      'Toeleiding',
      'Hulp',
    ]);
  });

  it('opens with title and programme, then one slide per stelling in order, and ends with thanks', () => {
    const slides = buildSlides(base);
    expect(slides.map((slide) => slide.id)).toEqual(['titel', 'programma', 'stelling-s1', 'stelling-s2', 'slot']);
    expect(slides[1]?.items).toEqual(['0:00 Welkom (5 min.)', '0:05 Introductie (10 min.)']);
  });

  it('opens with the join slide when there is a stellingen address, its QR code carrying that address', () => {
    const qr = qrCodePath('https://pettenwijzer.nl/stellingen/');
    const slides = buildSlides({ ...base, join: { address: 'pettenwijzer.nl/stellingen', qr } });
    expect(slides.map((slide) => slide.id).slice(0, 2)).toEqual(['meedoen', 'titel']);
    expect(slides[0]).toMatchObject({ kind: 'join', items: ['pettenwijzer.nl/stellingen'] });
    expect(slides[0]?.qr).toEqual({ ...qr, address: 'pettenwijzer.nl/stellingen' });
  });

  it('draws a QR code as rows of dark modules inside a quiet zone', () => {
    const { size, path } = qrCodePath('https://pettenwijzer.nl/stellingen/');
    // A QR code is 4·version + 17 modules wide; the quiet zone adds two on each side.
    expect((size - 4 - 17) % 4).toBe(0);
    // The top-left finder pattern starts two modules in: a run of 7 dark modules.
    expect(path.startsWith('M2 2h7v1h-7z')).toBe(true);
    expect(path).not.toMatch(/M[01] |M\d+ [01]h/);
  });

  it('adds a slide when a stelling is added to the content', () => {
    const slides = buildSlides({ ...base, stellingen: [...base.stellingen, stelling(3)] });
    expect(slides.filter((slide) => slide.kind === 'stelling')).toHaveLength(3);
  });

  it('keeps the position of a stelling for the reveal, and its trainer note for the notes view', () => {
    const slide = buildSlides(base).find((item) => item.id === 'stelling-s1');
    expect(slide?.reveal).toEqual({ position: 'oneens', text: 'Oneens. Te algemeen.' });
    expect(slide?.notes[0]).toBe('Notitie 1');
    expect(slide?.notes[1]).toContain('Draaiboek, Introductie (vanaf 0:05): Noem de taken.');
    expect(slide?.stellingId).toBe('s1');
  });

  it('adds the taken, spagaat, meldrechten, 7 W, beleid, casus and kern slides when their content is there', () => {
    const slides = buildSlides({ ...base, ...material });
    expect(slides.map((slide) => slide.id).slice(4)).toEqual([
      'taken',
      'spagaat',
      'meldrechten',
      'zeven-w',
      'beleidskeuzes',
      'scenarios',
      'kernboodschappen',
      'slot',
    ]);
    expect(slides.find((slide) => slide.id === 'zeven-w')?.items).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `Vraag ${n}?`),
    );
    expect(slides.find((slide) => slide.id === 'scenarios')?.items).toEqual([
      'Daan en het wijkteam (jij bent jeugdhulpverlener)',
      'De mentor belt (jij bent gezinsbegeleider)',
    ]);
  });

  it('shows the car and its driver after the stellingen, as a drawing, and keeps the pets of lists and tables', () => {
    const slides = buildSlides({ ...base, ...material, auto: autoSlide() });
    const ids = slides.map((slide) => slide.id);
    expect(ids.indexOf('auto')).toBe(ids.indexOf('taken') - 1);
    expect(slides[ids.indexOf('auto') - 1]?.kind).toBe('stelling');
    expect(slides.find((slide) => slide.id === 'auto')).toMatchObject({
      title: 'De auto en de automobilist',
      illustration: { kind: 'auto-en-automobilist' },
    });
    expect(slides.find((slide) => slide.id === 'taken')?.itemPets).toEqual(['gemeentepet', 'hulpverlenerspet']);
    expect(slides.find((slide) => slide.id === 'spagaat')?.table?.headPets?.[1]).toBe('gemeentepet');
  });

  it('gives every slide a unique id', () => {
    const ids = buildSlides({ ...base, ...material }).map((slide) => slide.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('slides from the course content files', () => {
  it('turns the meldrechten into table rows in content order, with the kind as a label', () => {
    expect(meldrechtenTable([meldrecht(2), meldrecht(1)]).rows).toEqual([
      ['Situatie 1', 'Wmo 2015', 'Recht'],
      ['Situatie 2', 'Wmo 2015, art. 2', 'Plicht'],
    ]);
  });

  it('spreads a long table over several slides so the type stays readable', () => {
    const long = meldrechtenTable(Array.from({ length: 10 }, (_, index) => meldrecht(index + 1)));
    const slides = buildSlides({ ...base, meldrechten: long }).filter((slide) => slide.kind === 'table');
    expect(slides.map((slide) => [slide.id, slide.title, slide.table?.rows.length])).toEqual([
      ['meldrechten', 'Meldrechten en meldplichten (1 van 2)', 6],
      ['meldrechten-2', 'Meldrechten en meldplichten (2 van 2)', 4],
    ]);
  });

  it('shows the kernboodschappen as titles and puts their explanation in the notes', () => {
    const slide = buildSlides({ ...base, kernboodschappen: kernboodschappenList([kern(2), kern(1)]) }).find(
      (item) => item.id === 'kernboodschappen',
    );
    expect(slide?.items).toEqual(['Boodschap 1', 'Boodschap 2']);
    expect(slide?.notes).toContain('Boodschap 1: Een toelichting van een paar zinnen lang.');
  });
});
