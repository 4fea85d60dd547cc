import { isRecord } from '../lib/common/guards';
import { persistentSection } from './persistent-section';

/** What the learner typed for the certificate; only kept in this browser. */
export interface CertificateData {
  name: string;
}

const initial: CertificateData = { name: '' };

/** A name is cut to this length, whether typed or read back from storage. */
const maxNameLength = 120;

/** The name on the certificate of participation. */
export const $certificate = persistentSection<CertificateData>({
  id: 'certificaat',
  label: 'Naam op je deelnamebewijs',
  version: 1,
  initial,
  validate: (data) =>
    isRecord(data) && typeof data.name === 'string' ? { name: data.name.slice(0, maxNameLength) } : undefined,
});

/** Sets the name shown on the certificate (trimmed, at most `maxNameLength` characters). */
export function setCertificateName(name: string): void {
  const trimmed = name.trim().slice(0, maxNameLength);
  $certificate.set(trimmed ? { name: trimmed } : initial);
}
