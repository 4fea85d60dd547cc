import { getCollection } from 'astro:content';
import type { Kernboodschap } from '../schemas/kernboodschap';
import type { Meldrecht } from '../schemas/meldrecht';
import type { ZevenWVraag } from '../schemas/zeven-w';
import { shortAddress, site } from '../site';
import { loadDraaiboek } from './course-draaiboek';
import { loadStellingen } from './course-stellingen';
import type { Slide } from './slides';
import { buildSlides } from './slides';
import { beleidskeuzes, kernboodschappenList, meldrechtenTable, spagaat, taken, zevenWList } from './trainer-material';

/** The trainer's deck, built from the stellingen, the draaiboek and the course material at build time. */
export async function loadSlides(address: URL | string): Promise<Slide[]> {
  const [stellingen, programme, meldrechten, kernboodschappen, zevenW] = await Promise.all([
    loadStellingen(),
    loadDraaiboek(),
    loadMeldrechten(),
    loadKernboodschappen(),
    loadZevenW(),
  ]);
  return buildSlides({
    courseTitle: site.name,
    subtitle: 'Welke pet heb je op? Gegevens delen in het sociaal domein',
    siteAddress: shortAddress(address),
    programme,
    stellingen,
    taken,
    spagaat,
    meldrechten: meldrechtenTable(meldrechten),
    zevenW: zevenWList(zevenW),
    beleidskeuzes,
    kernboodschappen: kernboodschappenList(kernboodschappen),
  });
}

/** The meldrechten in content order. */
export async function loadMeldrechten(): Promise<Meldrecht[]> {
  return (await getCollection('meldrechten')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

/** The kernboodschappen in content order. */
export async function loadKernboodschappen(): Promise<Kernboodschap[]> {
  return (await getCollection('kernboodschappen')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

/** The seven W-questions in content order. */
export async function loadZevenW(): Promise<ZevenWVraag[]> {
  return (await getCollection('zevenW')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}
