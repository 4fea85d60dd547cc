import { formatDutchDate, shortAddress, site } from '../site';
import { kompasStart } from './collections/kompas';
import { loadDraaiboek } from './course-draaiboek';
import { loadCourseList } from './course-lists';
import { loadScenarios } from './course-scenarios';
import { loadStellingen } from './course-stellingen';
import type { Slide } from './slides';
import { buildSlides } from './slides';
import {
  beleidskeuzesList,
  kernboodschappenList,
  meldrechtenTable,
  printedUncertainties,
  scenariosList,
  spagaatTable,
  takenList,
  zevenWList,
} from './trainer-material';
import { wetOpenQuestions, wetStatusText } from './wetgeving';
import { peildatum } from './wetgeving-data';

/** The trainer's deck, built from the stellingen, the draaiboek and the course material at build time. */
export async function loadSlides(address: URL | string): Promise<Slide[]> {
  const [stellingen, programme, meldrechten, kernboodschappen, zevenW, taken, spagaat, beleidskeuzes, wetten] =
    await Promise.all([
      loadStellingen(),
      loadDraaiboek(),
      loadCourseList('meldrechten'),
      loadCourseList('kernboodschappen'),
      loadCourseList('zevenW'),
      loadCourseList('taken'),
      loadCourseList('spagaat'),
      loadCourseList('beleidskeuzes'),
      loadCourseList('wetgeving'),
    ]);
  const scenarios = (await loadScenarios()).map((entry) => ({ id: entry.id, ...entry.data }));
  const kompas = await kompasStart();
  return buildSlides({
    courseTitle: site.name,
    subtitle: 'Welke pet heb je op? Gegevens delen in het sociaal domein',
    siteAddress: shortAddress(address),
    programme,
    stellingen,
    taken: takenList(taken),
    spagaat: spagaatTable(spagaat),
    meldrechten: meldrechtenTable(meldrechten),
    zevenW: zevenWList(zevenW),
    beleidskeuzes: beleidskeuzesList(beleidskeuzes),
    scenarios: scenariosList(scenarios),
    kompas: {
      title: 'Probeer het Pettenkompas',
      lead: `${kompas.title} Kies samen een antwoord: ${shortAddress(address)}/kompas/`,
      items: kompas.answers.map((answer) => answer.label),
      notes: [
        'Open /kompas/ en deel je scherm. Laat de groep één vraag live beantwoorden: wie kiest welk antwoord, en waarom?',
        'Klik het antwoord van de meerderheid aan en lees de volgende vraag voor. Typ niets over een echte cliënt.',
      ],
    },
    kernboodschappen: kernboodschappenList(kernboodschappen),
    legalStatus: {
      peildatum: formatDutchDate(peildatum()),
      laws: wetten.map((wet) => wetStatusText(wet, 'kort')),
      uncertain: [...wetOpenQuestions(wetten), ...printedUncertainties({ stellingen, meldrechten })],
    },
  });
}
