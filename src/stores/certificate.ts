import { persistentSection } from './persistent-section';

/** What the learner typed for the certificate; only kept in this browser. */
export interface CertificateData {
  name: string;
}

const initial: CertificateData = { name: '' };

/** The name on the certificate of participation. */
export const $certificate = persistentSection<CertificateData>({
  id: 'certificaat',
  label: 'Naam op je deelnamebewijs',
  version: 1,
  initial,
  validate: (data) =>
    data !== null && typeof data === 'object' && typeof (data as { name?: unknown }).name === 'string'
      ? { name: (data as { name: string }).name.slice(0, 120) }
      : undefined,
});

/** Sets the name shown on the certificate (trimmed, at most 120 characters). */
export function setCertificateName(name: string): void {
  const trimmed = name.trim().slice(0, 120);
  $certificate.set(trimmed ? { name: trimmed } : initial);
}
