import { site } from '../../site';
import { formatDutchDate, shortAddress } from '../common/format';
import {
  autoSlide,
  beleidskeuzesList,
  kernboodschappenList,
  meldrechtenTable,
  printedUncertainties,
  scenariosList,
  spagaatTable,
  takenList,
  zevenWList,
} from '../trainer/material';
import { qrCodePath } from '../trainer/qr-code';
import type { Slide } from '../trainer/slides';
import { buildSlides } from '../trainer/slides';
import { peildatum } from '../wetgeving/data';
import { wetOpenQuestions, wetStatusText } from '../wetgeving/status';
import { loadDraaiboek } from './draaiboek';
import { kompasStart } from './kompas';
import { loadCourseList } from './lists';
import { loadScenarios } from './scenarios';
import { loadStellingen } from './stellingen';

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
  // Relative to the site address, so a site under a path (PETTENWIJZER_SITE) keeps it.
  const stellingenPage = new URL('stellingen/', String(address).replace(/\/?$/, '/'));
  const scenarios = (await loadScenarios()).map((entry) => ({ id: entry.id, ...entry.data }));
  const kompas = await kompasStart();
  return buildSlides({
    courseTitle: site.name,
    subtitle: 'Welke pet heb je op? Gegevens delen in het sociaal domein',
    siteAddress: shortAddress(address),
    join: { address: shortAddress(stellingenPage), qr: qrCodePath(stellingenPage.href) },
    programme,
    stellingen,
    auto: autoSlide(),
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
