import { describe, expect, it } from 'vitest';
import { decodeAnswerCode, encodeAnswerCode, findAnswerCodes } from '../../../src/lib/stellingen/answer-code';
import type { Position } from '../../../src/lib/stellingen/score';
import { positions, rounds } from '../../../src/lib/stellingen/score';

const ids = ['s1', 's2', 's3', 's4'];
const choices: (Position | undefined)[] = [...positions, undefined];

/** Every combination of answers (including no answer) for the given number of stellingen. */
function allCombinations(count: number): (Position | undefined)[][] {
  if (count === 0) return [[]];
  return allCombinations(count - 1).flatMap((rest) => choices.map((choice) => [choice, ...rest]));
}

function answersOf(combination: (Position | undefined)[]): Record<string, Position> {
  const answers: Record<string, Position> = {};
  combination.forEach((position, index) => {
    if (position) answers[ids[index] as string] = position;
  });
  return answers;
}

describe('answer codes', () => {
  it('decode to exactly the answers encoded, for every combination in both rounds', () => {
    let checked = 0;
    for (const round of rounds) {
      for (const combination of allCombinations(4)) {
        const answers = answersOf(combination);
        const code = encodeAnswerCode(round, answers, ids);
        expect(code.length).toBeLessThan(20);
        expect(decodeAnswerCode(code, ids)).toEqual({ ok: true, round, answers });
        checked++;
      }
    }
    expect(checked).toBe(2 * 4 ** 4);
  });

  it('have a shape that is easy to type: round, one letter per stelling, check letter', () => {
    expect(encodeAnswerCode('voormeting', { s1: 'eens', s2: 'oneens', s3: 'het hangt ervan af' }, ids)).toMatch(
      /^V-EOHX-[A-HJ-NP-Z]$/,
    );
  });

  it('keep working when a fifth stelling is added', () => {
    const five = [...ids, 's5'];
    const code = encodeAnswerCode('nameting', { s5: 'oneens' }, five);
    expect(decodeAnswerCode(code, five)).toEqual({ ok: true, round: 'nameting', answers: { s5: 'oneens' } });
  });

  it('are read regardless of case, spaces, dots and a zero for the letter O', () => {
    const code = encodeAnswerCode('voormeting', { s1: 'oneens', s2: 'oneens', s3: 'eens', s4: 'eens' }, ids);
    const sloppy = ` ${code.toLowerCase().replaceAll('-', ' . ').replaceAll('o', '0')} `;
    expect(decodeAnswerCode(sloppy, ids)).toMatchObject({ ok: true, round: 'voormeting' });
  });

  it.each([
    ['', 'Er is geen code ingevuld.'],
    ['   ', 'Er is geen code ingevuld.'],
    ['Q-EOHE-K', 'Een code begint met V (voormeting) of N (nameting).'],
    ['V-EOH-K', 'Deze code heeft 3 antwoorden, maar er zijn 4 stellingen.'],
    ['V', 'Deze code heeft 0 antwoorden, maar er zijn 4 stellingen.'],
    ['V-EOHEE-K', 'Deze code heeft 5 antwoorden, maar er zijn 4 stellingen.'],
    ['V-EOZE-K', 'Het teken "Z" op plek 4 is geen antwoord. Gebruik E, O, H of X.'],
    ['<b>V-EOHE</b>', 'Een code begint met V (voormeting) of N (nameting).'],
  ])('refuse %j with a reason', (text, reason) => {
    expect(decodeAnswerCode(text, ids)).toEqual({ ok: false, reason });
  });

  it('catch a single typo with the check letter', () => {
    const code = encodeAnswerCode('voormeting', { s1: 'eens', s2: 'eens', s3: 'eens', s4: 'eens' }, ids);
    const typo = code.replace('V-EEEE', 'V-EEEO');
    expect(decodeAnswerCode(typo, ids)).toEqual({
      ok: false,
      reason: 'De controleletter klopt niet. Kijk of je de code goed hebt overgenomen.',
    });
  });
});

describe('findAnswerCodes', () => {
  it.each([
    ['mijn code: V-EOHE-K dank!', ['V-EOHE-K']],
    ['veohek', ['veohek']],
    ['n eohe k en ook V-XXXX-A', ['n eohe k', 'V-XXXX-A']],
    ['Vervolgens hebben we het over eens gehad', []],
    ['1 eens', []],
  ])('finds candidate codes in %j', (line, expected) => {
    expect(findAnswerCodes(line, 4)).toEqual(expected);
  });
});
