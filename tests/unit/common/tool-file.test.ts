import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Canvas } from '../../../src/lib/canvas/canvas';
import { isCanvas } from '../../../src/lib/canvas/canvas';
import { canvasFileKind } from '../../../src/lib/canvas/file';
import { copyName, uniqueName } from '../../../src/lib/canvas/helpers';
import { canvasToMarkdown } from '../../../src/lib/canvas/markdown';
import { decodeShareFragment, encodeShareFragment } from '../../../src/lib/canvas/share-link';
import { plainMarkdown } from '../../../src/lib/common/escape-markdown';
import { buildToolFile, maxToolFileBytes, parseToolFile } from '../../../src/lib/common/tool-file';
import { zelfscanFileKind } from '../../../src/lib/zelfscan/file';

const now = new Date('2026-11-22T10:00:00Z');
const canvas: Canvas = {
  id: 'c-1',
  name: 'Casusoverleg wijkteam Noord',
  answers: { wat: 'Samen bepalen welke hulp past.', doel: '<img src=x onerror=alert(1)>' },
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
};
const fileText = (value: unknown) => JSON.stringify(value);

describe('canvas export and import', () => {
  it('reads back exactly the canvas it exported, markup included as plain text', () => {
    const parsed = parseToolFile(canvasFileKind, fileText(buildToolFile(canvasFileKind, canvas, now)));
    expect(parsed).toEqual({ ok: true, data: canvas, exportedAt: now.toISOString() });
  });

  it('reads back a zelfscan export', () => {
    const data = {
      answers: { 'kader-duidelijk': { answer: 'deels' as const, note: 'Alleen bij jeugd' } },
      proposals: { 'kader-duidelijk': { voordelen: 'a', nadelen: 'b', voorkeuren: 'c', consequenties: 'd' } },
    };
    expect(parseToolFile(zelfscanFileKind, fileText(buildToolFile(zelfscanFileKind, data, now)))).toMatchObject({
      ok: true,
      data,
    });
  });

  const valid = buildToolFile(canvasFileKind, canvas, now);
  it.each([
    [
      'text that is not JSON',
      'hallo <b>',
      'Dit is geen JSON-bestand. Kies een bestand dat je hier met "Exporteren als JSON" hebt bewaard.',
    ],
    [
      'an empty file',
      '',
      'Dit is geen JSON-bestand. Kies een bestand dat je hier met "Exporteren als JSON" hebt bewaard.',
    ],
    ['JSON of another kind', fileText({ hello: 'world' }), 'Dit is geen export van een 7×W-canvas.'],
    ['a list', fileText([1, 2]), 'Dit is geen export van een 7×W-canvas.'],
    [
      'a zelfscan file',
      fileText(buildToolFile(zelfscanFileKind, { answers: {}, proposals: {} }, now)),
      'Dit is geen export van een 7×W-canvas.',
    ],
    [
      'the export of all data',
      fileText({ format: 'pettenwijzer-export', formatVersion: 1, sections: {} }),
      'Dit is een export van al je gegevens. Lees die in bij Voortgang, onder "Mijn gegevens".',
    ],
    [
      'a newer version',
      fileText({ ...valid, formatVersion: 2 }),
      'Dit bestand komt van een nieuwere versie van Pettenwijzer. Werk deze site bij en probeer het opnieuw.',
    ],
    [
      'a canvas of the wrong shape',
      fileText({ ...valid, data: { ...canvas, answers: { wat: 42 } } }),
      'Het bestand is beschadigd of aangepast: de inhoud heeft niet de juiste vorm.',
    ],
    [
      'a canvas without id',
      fileText({ ...valid, data: { ...canvas, id: undefined } }),
      'Het bestand is beschadigd of aangepast: de inhoud heeft niet de juiste vorm.',
    ],
    [
      'an answer longer than the limit',
      fileText({ ...valid, data: { ...canvas, answers: { wat: 'x'.repeat(5001) } } }),
      'Het bestand is beschadigd of aangepast: de inhoud heeft niet de juiste vorm.',
    ],
    [
      'a file without version',
      fileText({ ...valid, formatVersion: undefined }),
      'Het bestand is beschadigd of aangepast: de inhoud heeft niet de juiste vorm.',
    ],
    [
      'a file too large to be an export',
      `{"a":"${'x'.repeat(maxToolFileBytes)}"}`,
      'Het bestand is te groot (meer dan 200 kB). Een export van een 7×W-canvas is veel kleiner.',
    ],
  ])('refuses %s with a clear reason', (_case, text, reason) => {
    expect(parseToolFile(canvasFileKind, text)).toEqual({ ok: false, reason });
  });
});

describe('share links', () => {
  const { id: _id, ...content } = canvas;

  it('round-trips a canvas through the URL fragment', () => {
    const fragment = encodeShareFragment(content);
    expect(fragment).toMatch(/^canvas=[A-Za-z0-9+\-$]+$/);
    expect(decodeShareFragment(`#${fragment}`)).toEqual({ status: 'ok', canvas: content });
  });

  it('keeps a full canvas short enough to paste', () => {
    const full = {
      ...content,
      answers: Object.fromEntries(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => [
          id,
          'Een antwoord van een paar zinnen over de overlegtafel. '.repeat(4),
        ]),
      ),
    };
    expect(encodeShareFragment(full).length).toBeLessThan(1500);
  });

  it.each([
    ['an empty fragment', '', { status: 'none' }],
    ['another fragment', '#inhoud', { status: 'none' }],
  ])('ignores %s', (_case, hash, expected) => {
    expect(decodeShareFragment(hash)).toEqual(expected);
  });

  const damaged = 'De deellink is beschadigd: hij is niet volledig gekopieerd of is aangepast.';
  it.each([
    ['a cut-off link', `#${encodeShareFragment(content).slice(0, 40)}`, damaged],
    ['garbage after the key', '#canvas=%%%niet-goed', damaged],
    ['an empty value', '#canvas=', damaged],
    [
      'a payload of the wrong shape',
      `#canvas=${lzString.compressToEncodedURIComponent(JSON.stringify({ v: 1, canvas: { name: 3 } }))}`,
      'De deellink is beschadigd: het canvas erin heeft niet de juiste vorm.',
    ],
    [
      'a link from a newer version',
      `#canvas=${lzString.compressToEncodedURIComponent(JSON.stringify({ v: 2, canvas: content }))}`,
      'Deze deellink komt van een nieuwere versie van Pettenwijzer. Werk deze site bij en probeer het opnieuw.',
    ],
  ])('says %s is damaged', (_case, hash, reason) => {
    expect(decodeShareFragment(hash)).toEqual({ status: 'damaged', reason });
  });
});

describe('canvas helpers', () => {
  it.each([
    ['Casus', [], 'Casus'],
    ['Casus', ['Casus'], 'Casus (2)'],
    ['Casus', ['Casus', 'Casus (2)'], 'Casus (3)'],
    ['  ', [], 'Naamloos canvas'],
  ])('names "%s" uniquely among %j as "%s"', (wanted, taken, expected) => {
    expect(uniqueName(wanted, taken)).toBe(expected);
  });

  it('names a duplicate "Kopie van …"', () => {
    expect(copyName('Casus', ['Casus'])).toBe('Kopie van Casus');
    expect(copyName('Casus', ['Casus', 'Kopie van Casus'])).toBe('Kopie van Casus (2)');
  });

  it('accepts a stored canvas and refuses one without answers', () => {
    expect(isCanvas(canvas)).toBe(true);
    expect(isCanvas({ ...canvas, answers: undefined })).toBe(false);
  });
});

describe('Markdown export', () => {
  it('writes the name as title and each question with its answer, the rest marked as not filled in', () => {
    const markdown = canvasToMarkdown(
      canvas,
      [
        { id: 'doel', order: 2, question: 'Welk doel?' },
        { id: 'wat', order: 1, question: 'Wat wil je?' },
        { id: 'partijen', order: 3, question: 'Welke partijen?' },
      ],
      now,
    );
    expect(markdown).toBe(
      [
        '# 7×W: Casusoverleg wijkteam Noord',
        '',
        'Geëxporteerd uit Pettenwijzer op 2026-11-22.',
        '',
        '## 1. Wat wil je?',
        '',
        'Samen bepalen welke hulp past.',
        '',
        '## 2. Welk doel?',
        '',
        '\\<img src=x onerror=alert(1)\\>',
        '',
        '## 3. Welke partijen?',
        '',
        '_Nog niet ingevuld_',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['# kop', '\\# kop'],
    ['- punt', '\\- punt'],
    ['1. punt', '1\\. punt'],
    ['*vet* en [link](x)', '\\*vet\\* en \\[link\\](x)'],
    ['gewone zin, met komma.', 'gewone zin, met komma.'],
  ])('keeps typed text "%s" plain as "%s"', (input, expected) => {
    expect(plainMarkdown(input)).toBe(expected);
  });
});
