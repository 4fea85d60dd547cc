import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxListedUnreadable, tallyChat } from '../../src/lib/chat-tally';
import type { Round } from '../../src/lib/stellingen-score';

const stellingIds = ['s1', 's2', 's3', 's4'];

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/chats/${name}`, import.meta.url), 'utf8');
}

/** Counts as [eens, oneens, het hangt ervan af] per stelling, easy to read in a table. */
function countsOf(text: string, round: Round, shown: Round = round): number[][] {
  const { counts } = tallyChat(text, { stellingIds, round });
  return stellingIds.map((id) => {
    const c = counts[shown][id];
    return c ? [c.eens, c.oneens, c['het hangt ervan af']] : [];
  });
}

describe('tallyChat on realistic chats', () => {
  it.each([
    [
      'a saved Zoom chat (header line, message indented below)',
      'zoom-saved.txt',
      'voormeting',
      [
        [2, 1, 1],
        [2, 2, 0],
        [1, 0, 3],
        [1, 1, 1],
      ],
      4,
      3,
    ],
    [
      'an older Zoom chat with the message on the header line',
      'zoom-inline.txt',
      'voormeting',
      [
        [3, 0, 0],
        [1, 2, 0],
        [2, 0, 1],
        [1, 1, 0],
      ],
      4,
      1,
    ],
    [
      'a saved Zoom chat from a Dutch Zoom ("Van … aan Iedereen")',
      'zoom-nl.txt',
      'voormeting',
      [
        [1, 1, 0],
        [0, 2, 0],
        [1, 0, 0],
        [0, 0, 1],
      ],
      2,
      1,
    ],
    [
      'a Teams chat copied from the meeting (name, time, message)',
      'teams-copied.txt',
      'nameting',
      [
        [0, 2, 0],
        [0, 2, 0],
        [0, 0, 2],
        [1, 1, 0],
      ],
      3,
      2,
    ],
    [
      'a Teams chat copied with name and time on one line',
      'teams-inline.txt',
      'nameting',
      [
        [0, 2, 0],
        [0, 2, 0],
        [0, 0, 1],
        [0, 1, 0],
      ],
      2,
      1,
    ],
    [
      'plain text with and without names',
      'plain.txt',
      'voormeting',
      [
        [2, 1, 1],
        [1, 1, 0],
        [1, 0, 1],
        [1, 0, 0],
      ],
      5,
      2,
    ],
  ] as const)('counts %s', (_label, file, round, expected, respondents, unreadable) => {
    const text = fixture(file);
    expect(countsOf(text, round)).toEqual(expected);
    const result = tallyChat(text, { stellingIds, round });
    expect(result.respondents[round]).toBe(respondents);
    expect(result.unreadableCount).toBe(unreadable);
  });

  it('keeps only the latest answer when a sender changes their mind', () => {
    const chat = fixture('zoom-inline.txt');
    // Ahmed first said "stelling 1: oneens", later "Stelling 1: eens (toch)": only eens counts.
    expect(countsOf(chat, 'voormeting')[0]).toEqual([3, 0, 0]);
  });

  it('treats a name with other spacing or case as the same sender', () => {
    // "Jan de Vries" sent V-EOEO-E, then "jan  de Vries" V-OOHE-L: one respondent, latest code.
    const result = tallyChat(fixture('zoom-saved.txt'), { stellingIds, round: 'voormeting' });
    expect(result.respondents.voormeting).toBe(4);
  });

  it('gives the reason for a malformed code and for a stelling that does not exist', () => {
    const zoom = tallyChat(fixture('zoom-saved.txt'), { stellingIds, round: 'voormeting' });
    expect(zoom.unreadable.map((line) => line.text)).toEqual([
      'Welkom allemaal! Plak straks je antwoordcode in de chat.',
      'V-EOHE-Z',
      'goedemorgen!',
    ]);
    expect(zoom.unreadable[1]?.reason).toBe(
      'Code V-EOHE-Z: De controleletter klopt niet. Kijk of je de code goed hebt overgenomen.',
    );
    const inline = tallyChat(fixture('zoom-inline.txt'), { stellingIds, round: 'voormeting' });
    expect(inline.unreadable).toEqual([{ lineNumber: 7, text: '5 eens', reason: 'Er is geen stelling 5.' }]);
  });

  it('lists HTML and script in messages as plain text and still reads answers around the tags', () => {
    const result = tallyChat(fixture('teams-copied.txt'), { stellingIds, round: 'nameting' });
    expect(result.unreadable.map((line) => line.text)).toContain('<script>alert("hoi")</script>');
    expect(countsOf(fixture('teams-copied.txt'), 'nameting')[3]).toEqual([1, 1, 0]);
  });

  it('never returns the names of senders', () => {
    for (const file of [
      'zoom-saved.txt',
      'zoom-nl.txt',
      'zoom-inline.txt',
      'teams-copied.txt',
      'teams-inline.txt',
      'plain.txt',
    ]) {
      const json = JSON.stringify(tallyChat(fixture(file), { stellingIds, round: 'voormeting' }));
      for (const name of ['Jan', 'Fatima', 'Piet', 'Ahmed', 'Lisa', 'Marieke', 'Sanne', 'Bos']) {
        expect(json).not.toContain(name);
      }
    }
  });
});

describe('tallyChat rounds', () => {
  const chat = [
    '09:05:00 From Jan to Everyone: V-EOEO-E',
    '09:05:10 From Fatima to Everyone: V-EEHO-L',
    '11:50:00 From Jan to Everyone: N-OOOO-J',
    '11:51:00 From Fatima to Everyone: 1 oneens',
  ].join('\n');

  it('keeps voormeting and nameting codes of the same sender apart', () => {
    expect(countsOf(chat, 'nameting', 'voormeting')).toEqual([
      [2, 0, 0],
      [1, 1, 0],
      [1, 0, 1],
      [0, 2, 0],
    ]);
  });

  it('counts simple replies for the round the trainer chose', () => {
    expect(countsOf(chat, 'nameting', 'nameting')[0]).toEqual([0, 2, 0]);
    expect(countsOf(chat, 'voormeting', 'voormeting')[0]).toEqual([1, 1, 0]);
  });
});

describe('tallyChat simple replies', () => {
  it.each([
    ['1 eens', 's1', 'eens'],
    ['stelling 2: oneens', 's2', 'oneens'],
    ['Stelling 2 oneens', 's2', 'oneens'],
    ['3 hangt ervan af', 's3', 'het hangt ervan af'],
    ['4: het hangt ervan af', 's4', 'het hangt ervan af'],
    ['3 - hangt er van af', 's3', 'het hangt ervan af'],
    ['2 = O', 's2', 'oneens'],
    ['1. mee eens', 's1', 'eens'],
    ['4) EENS!', 's4', 'eens'],
  ])('reads %j', (line, id, position) => {
    const result = tallyChat(line, { stellingIds, round: 'voormeting' });
    expect(result.counts.voormeting[id]?.[position as 'eens']).toBe(1);
    expect(result.unreadableCount).toBe(0);
  });

  it.each([
    'de 3e stelling vond ik lastig',
    'we beginnen om 10 uur',
    'ik zit in 2 overleggen',
    'Vervolgens hebben we het over eens gehad',
    'V-EOH-K',
  ])('does not read an answer in %j', (line) => {
    const result = tallyChat(line, { stellingIds, round: 'voormeting' });
    expect(result.unreadableCount).toBe(1);
    expect(result.respondents.voormeting).toBe(0);
  });

  it('does not take "Van harte welkom:" for a Zoom header, so later lines keep their own sender', () => {
    const result = tallyChat('Van harte welkom: fijn dat je er bent\n1 eens\n1 oneens', {
      stellingIds,
      round: 'voormeting',
    });
    expect(result.respondents.voormeting).toBe(2);
  });
});

describe('tallyChat on bad input', () => {
  it('returns zero counts for empty text', () => {
    const result = tallyChat('', { stellingIds, round: 'voormeting' });
    expect(result.messageLines).toBe(0);
    expect(result.unreadableCount).toBe(0);
    expect(result.counts.voormeting.s1).toEqual({ eens: 0, oneens: 0, 'het hangt ervan af': 0 });
  });

  it('drops control characters from binary-looking text and never throws', () => {
    const binary = Array.from({ length: 5000 }, (_, index) => String.fromCharCode(index % 256)).join('');
    const result = tallyChat(`${binary}\n1 eens\u0000`, { stellingIds, round: 'voormeting' });
    expect(result.counts.voormeting.s1?.eens).toBe(1);
    expect(JSON.stringify(result)).not.toMatch(/\\u0000/);
  });

  it('reads a very long paste only up to its limit and caps the listed lines', () => {
    const huge = 'bla bla bla\n'.repeat(200_000);
    const result = tallyChat(huge, { stellingIds, round: 'voormeting' });
    expect(result.truncated).toBe(true);
    expect(result.unreadable).toHaveLength(maxListedUnreadable);
    expect(result.unreadableCount).toBeGreaterThan(maxListedUnreadable);
  });

  it('shortens a very long line in the list', () => {
    const result = tallyChat('x'.repeat(10_000), { stellingIds, round: 'voormeting' });
    expect(result.unreadable[0]?.text.length).toBeLessThanOrEqual(160);
  });
});
