import { beforeEach, describe, expect, it } from 'vitest';
import { decodeStored } from '../../../src/lib/common/stored-data';
import { connectStorage, registeredSections } from '../../../src/stores/persistent-section';
import { FakeStorage, noStorageEvents } from '../helpers/fake-storage';

const storage = new FakeStorage();
connectStorage(storage, noStorageEvents);
const { $certificate, setCertificateName } = await import('../../../src/stores/certificate');
const definition = registeredSections().find((section) => section.store === $certificate)?.definition;
if (!definition) throw new Error('the certificate section is not registered');
const decode = (data: unknown) => decodeStored(definition, JSON.stringify({ version: 1, data }));

beforeEach(() => {
  setCertificateName('');
  storage.items.clear();
});

describe('the certificate store', () => {
  it('keeps the name trimmed and at most 120 characters, and removes the key for an empty name', () => {
    setCertificateName('  Sanne de Vries  ');
    expect($certificate.get()).toEqual({ name: 'Sanne de Vries' });
    setCertificateName('x'.repeat(200));
    expect($certificate.get().name).toHaveLength(120);
    setCertificateName('   ');
    expect($certificate.get()).toEqual({ name: '' });
    expect(storage.getItem('pettenwijzer:certificaat')).toBeNull();
  });

  it('reads a stored name back, cut to 120 characters', () => {
    expect(decode({ name: 'Sanne' })).toMatchObject({ status: 'ok', data: { name: 'Sanne' } });
    expect(decode({ name: 'y'.repeat(300) })).toMatchObject({ status: 'ok', data: { name: 'y'.repeat(120) } });
  });

  it.each([
    ['a list', ['Sanne']],
    ['a record without a name', { naam: 'Sanne' }],
    ['a name that is not text', { name: 42 }],
    ['null', null],
  ])('treats %s as foreign and shows no name', (_, data) => {
    expect(decode(data)).toMatchObject({ status: 'foreign', data: { name: '' } });
  });
});
