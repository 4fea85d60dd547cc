import { shortAddress, site } from '../site';
import { loadDraaiboek } from './course-draaiboek';
import { loadStellingen } from './course-stellingen';
import type { Slide } from './slides';
import { buildSlides } from './slides';
import { beleidskeuzes, kernboodschappen, meldrechten, spagaat, taken, zevenW } from './trainer-material';

/** The trainer's deck, built from the stellingen, the draaiboek and the course material at build time. */
export async function loadSlides(address: URL | string): Promise<Slide[]> {
  const [stellingen, programme] = await Promise.all([loadStellingen(), loadDraaiboek()]);
  return buildSlides({
    courseTitle: site.name,
    subtitle: 'Welke pet heb je op? Gegevens delen in het sociaal domein',
    siteAddress: shortAddress(address),
    programme,
    stellingen,
    taken,
    spagaat,
    meldrechten,
    zevenW,
    beleidskeuzes,
    kernboodschappen,
  });
}
