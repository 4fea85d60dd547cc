/** Facts about the site that pages and the layout share. */
export const site = {
  name: 'Pettenwijzer',
  tagline: 'Welke pet heb je op? Een cursus over gegevens delen in het sociaal domein.',
  /** The public address, for canonical links, the slides and the QR code on the handout (PETTENWIJZER_SITE overrides it). */
  address: 'https://pettenwijzer.nl',
  /** When the course content was last checked against the content brief. */
  contentCheckedOn: '2026-11-22',
  // The peildatum of the legal status (the newest source behind any status), its owner and re-check date live
  // per law in content/course/wetgeving.yaml; pages read it with peildatum() from src/lib/wetgeving/data.ts.
} as const;
