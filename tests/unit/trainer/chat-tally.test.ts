import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Round } from '../../../src/lib/stellingen/score';
import { exampleReason } from '../../../src/lib/trainer/chat-reply';
import {
  countSenders,
  describeAnswers,
  maxListedUnreadable,
  tallyChat,
  toggleExcluded,
} from '../../../src/lib/trainer/chat-tally';

const stellingIds = ['s1', 's2', 's3', 's4'];

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/chats/${name}`, import.meta.url), 'utf8');
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
    [
      "a Zoom chat with the trainer's instructions, examples, chatter and questions",
      'zoom-with-instructions.txt',
      'voormeting',
      [
        [7, 2, 2],
        [3, 3, 0],
        [1, 1, 1],
        [2, 0, 1],
      ],
      14,
      9,
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

  it('returns the names of senders only in the sender list', () => {
    for (const file of [
      'zoom-saved.txt',
      'zoom-nl.txt',
      'zoom-inline.txt',
      'teams-copied.txt',
      'teams-inline.txt',
      'plain.txt',
    ]) {
      const { senders, ...rest } = tallyChat(fixture(file), { stellingIds, round: 'voormeting' });
      const json = JSON.stringify(rest);
      for (const name of ['Jan', 'Fatima', 'Piet', 'Ahmed', 'Lisa', 'Marieke', 'Sanne', 'Bos', 'Trainer']) {
        expect(json).not.toContain(name);
      }
      expect(senders.length).toBeGreaterThan(0);
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
    ['3 het hangt ervanaf', 's3', 'het hangt ervan af'],
    ['3: hangt er vanaf', 's3', 'het hangt ervan af'],
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

describe('tallyChat counts a message only when it is essentially an answer', () => {
  it.each([
    ['ik zeg 1 eens', 's1', 'eens'],
    ['1 eens 👍', 's1', 'eens'],
    ['Goedemorgen! 1 hangt ervan af', 's1', 'het hangt ervan af'],
    ['1 eens en 2 oneens', 's2', 'oneens'],
    ['Stelling 1: eens (toch)', 's1', 'eens'],
    ['<b>4 eens</b>', 's4', 'eens'],
    ['mijn code: V-EOEO-E', 's2', 'oneens'],
    ['Oeps, ik bedoelde toch: V-OOHE-L', 's3', 'het hangt ervan af'],
  ])('counts %j', (line, id, position) => {
    const result = tallyChat(line, { stellingIds, round: 'voormeting' });
    expect(result.counts.voormeting[id]?.[position as 'eens']).toBe(1);
    expect(result.unreadableCount).toBe(0);
  });

  it.each([
    ['Typ per stelling je antwoord, bijvoorbeeld: 1 eens', 'Lijkt uitleg of een voorbeeld, geen antwoord.'],
    ['Gewoon het nummer en je antwoord, bv. 3 oneens', 'Lijkt uitleg of een voorbeeld, geen antwoord.'],
    ['Plak je code, zoals V-EOEO-E', 'Lijkt uitleg of een voorbeeld, geen antwoord.'],
    ['Ik ben het met 2 eens, maar 1 vind ik lastig', 'Lijkt een zin, geen antwoord.'],
    ['Ik ben het eens met Piet', 'Lijkt een zin, geen antwoord.'],
    ['Vervolgens hebben we het over eens gehad', 'Lijkt een zin, geen antwoord.'],
    ['Moet ik bij 3 eens of oneens typen?', 'Lijkt een vraag, geen antwoord.'],
    ['Wie wil uitleggen waarom 1 eens?', 'Lijkt een vraag, geen antwoord.'],
    ['eens', 'Er staat geen nummer van een stelling bij.'],
    ['Ik ben het er helemaal mee eens!', 'Er staat geen nummer van een stelling bij.'],
    ['Het hangt ervanaf', 'Er staat geen nummer van een stelling bij.'],
  ])('does not count %j and says why', (line, reason) => {
    const result = tallyChat(line, { stellingIds, round: 'voormeting' });
    expect(result.respondents.voormeting).toBe(0);
    expect(result.unreadable).toEqual([{ lineNumber: 1, text: line, reason }]);
  });

  it('lists the lines after "bijvoorbeeld:" in the same message as examples, up to the next sender', () => {
    const chat = [
      '10:00:05 From Trainer Anne to Everyone:',
      '\tTyp per stelling je antwoord, bijvoorbeeld:',
      '\t1 eens',
      '\t2 oneens',
      '10:01:02 From Jan de Vries to Everyone:',
      '\t1 oneens',
    ].join('\n');
    const result = tallyChat(chat, { stellingIds, round: 'voormeting' });
    expect(result.respondents.voormeting).toBe(1);
    expect(countsOf(chat, 'voormeting').slice(0, 2)).toEqual([
      [0, 1, 0],
      [0, 0, 0],
    ]);
    expect(result.unreadable.map((line) => [line.text, line.reason])).toEqual([
      ['Typ per stelling je antwoord, bijvoorbeeld:', undefined],
      ['1 eens', exampleReason],
      ['2 oneens', exampleReason],
    ]);
  });

  it('takes only the next line as the example when the chat has no senders', () => {
    const result = tallyChat('Bijvoorbeeld:\n1 eens\n1 oneens', { stellingIds, round: 'voormeting' });
    expect(result.respondents.voormeting).toBe(1);
    expect(result.counts.voormeting.s1).toEqual({ eens: 0, oneens: 1, 'het hangt ervan af': 0 });
  });

  it('gives the reason for every line of the instruction chat that was not counted', () => {
    const result = tallyChat(fixture('zoom-with-instructions.txt'), { stellingIds, round: 'voormeting' });
    expect(result.unreadable.map((line) => [line.text, line.reason])).toEqual([
      [
        'Welkom allemaal! Typ per stelling je antwoord, bijvoorbeeld: 1 eens',
        'Lijkt uitleg of een voorbeeld, geen antwoord.',
      ],
      ['Heb je de antwoordcode uit de cursus? Plak die dan, zoals:', undefined],
      ['V-EOEO-E', exampleReason],
      ['Ik ben het eens met Piet', 'Lijkt een zin, geen antwoord.'],
      ['Moet ik bij 3 eens of oneens typen?', 'Lijkt een vraag, geen antwoord.'],
      ['Gewoon het nummer en je antwoord, bv. 3 oneens', 'Lijkt uitleg of een voorbeeld, geen antwoord.'],
      ['eens', 'Er staat geen nummer van een stelling bij.'],
      ['Ik ben het met 2 eens, maar 1 vind ik lastig', 'Lijkt een zin, geen antwoord.'],
      ['Dank jullie wel! Wie wil uitleggen waarom 1 eens?', 'Lijkt een vraag, geen antwoord.'],
    ]);
  });
});

describe('the counted senders', () => {
  const chat = fixture('zoom-with-instructions.txt');
  const result = tallyChat(chat, { stellingIds, round: 'voormeting' });
  const keyOf = (name: string) => result.senders.find((sender) => sender.name === name)?.key ?? '';

  it('lists every counted sender once, by the name as written, in the order of their first answer', () => {
    expect(result.senders.map((sender) => sender.name)).toEqual([
      'Jan de Vries',
      'Fatima El Amrani',
      'Piet Bakker',
      'Lisa Mulder',
      'Ahmed Yilmaz',
      'Sanne Bos',
      'Kees Jansen',
      'Marieke de Groot',
      'Tom Visser',
      'Noor Hamdi',
      'Daan Smit',
      'Eva Peters',
      'Youssef Amrani',
      'Bram de Wit',
    ]);
  });

  it.each([
    ['Sanne Bos', '1 eens, 2 oneens, 3 het hangt ervan af, 4 eens'],
    ['Noor Hamdi', '1 eens'],
    ['Marieke de Groot', '1 oneens, 2 oneens'],
  ])('says what was counted for %s', (name, counted) => {
    const sender = result.senders.find((candidate) => candidate.name === name);
    expect(describeAnswers(sender?.answers.voormeting ?? {}, stellingIds)).toBe(counted);
  });

  it('numbers a sender without a name by their line', () => {
    const plain = tallyChat('hoi\n2 oneens', { stellingIds, round: 'voormeting' });
    expect(plain.senders).toEqual([{ key: '#regel-2', lineNumber: 2, answers: { voormeting: { s2: 'oneens' } } }]);
  });

  it('counts 13 respondents and one eens less on stelling 1 when one sender is left out', () => {
    const excluded = toggleExcluded(new Set(), keyOf('Jan de Vries'));
    const { counts, respondents } = countSenders(result.senders, stellingIds, excluded);
    expect(respondents.voormeting).toBe(13);
    expect(counts.voormeting.s1).toEqual({ eens: 6, oneens: 2, 'het hangt ervan af': 2 });
    expect(counts.voormeting.s2).toEqual(result.counts.voormeting.s2);
  });

  it('counts the sender again after a second click', () => {
    const key = keyOf('Tom Visser');
    const twice = toggleExcluded(toggleExcluded(new Set(), key), key);
    expect(twice.size).toBe(0);
    expect(countSenders(result.senders, stellingIds, twice)).toEqual({
      counts: result.counts,
      respondents: result.respondents,
    });
  });

  it('leaves out every spelling of the same name', () => {
    const saved = tallyChat(fixture('zoom-saved.txt'), { stellingIds, round: 'voormeting' });
    const jan = saved.senders.find((sender) => sender.name === 'Jan de Vries');
    const { respondents, counts } = countSenders(saved.senders, stellingIds, new Set([jan?.key ?? '']));
    expect(respondents.voormeting).toBe(3);
    // Jan's latest code V-OOHE-L said oneens on stelling 1; without him one oneens is left.
    expect(counts.voormeting.s1?.oneens).toBe(0);
  });
});

describe('describeAnswers', () => {
  it.each([
    [{ s1: 'eens', s3: 'het hangt ervan af' }, '1 eens, 3 het hangt ervan af'],
    [{ s4: 'oneens', s2: 'eens' }, '2 eens, 4 oneens'],
    [{}, 'geen stelling ingevuld'],
  ] as const)('describes %j as %j', (answers, text) => {
    expect(describeAnswers(answers, stellingIds)).toBe(text);
  });
});
