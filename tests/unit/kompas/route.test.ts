import { describe, expect, it } from 'vitest';
import {
  decodeRoute,
  encodeRoute,
  kompasHref,
  onlyParent,
  routesTo,
  stepsTowards,
} from '../../../src/lib/kompas/route';
import { kompasRouteScript } from '../../../src/lib/kompas/route-script';

// begin → (a) midden → (x) einde-1 | (y) einde-2; begin → (b) einde-2; begin → (c) midden
const questions = [
  {
    id: 'begin',
    start: true,
    title: 'Eerste vraag?',
    answers: [
      { id: 'a', label: 'A', next: 'midden' },
      { id: 'b', label: 'B', next: 'einde-2' },
      { id: 'c', label: 'C', next: 'midden' },
    ],
  },
  {
    id: 'midden',
    title: 'Tweede vraag?',
    answers: [
      { id: 'x', label: 'X', next: 'einde-1' },
      { id: 'y', label: 'Y', next: 'einde-2' },
    ],
  },
];

describe('the route in the query string', () => {
  it.each([
    ['begin.a', [{ question: 'begin', answer: 'a' }]],
    [
      'begin.a~midden.x',
      [
        { question: 'begin', answer: 'a' },
        { question: 'midden', answer: 'x' },
      ],
    ],
  ])('reads %s as its steps and writes them back the same', (text, steps) => {
    expect(decodeRoute(text)).toEqual(steps);
    expect(encodeRoute(steps)).toBe(text);
  });

  it.each([
    ['', 'an empty route'],
    [null, 'no route'],
    ['begin', 'a step without answer'],
    ['begin.a~', 'a trailing separator'],
    ['begin.a~<script>', 'markup'],
    ['Begin.a', 'capitals'],
    ['begin.a.b', 'a step with two dots'],
  ])('refuses %s (%s)', (text, _reason) => {
    expect(decodeRoute(text)).toBeUndefined();
  });

  it('links to a page with the route so far, or without a query when there is none', () => {
    expect(kompasHref('midden')).toBe('/kompas/midden/');
    expect(kompasHref('midden', [{ question: 'begin', answer: 'a' }])).toBe('/kompas/midden/?route=begin.a');
  });
});

describe('routes through the graph', () => {
  it('finds every route to a page', () => {
    expect(routesTo(questions, 'einde-1').map(encodeRoute)).toEqual(['begin.a~midden.x', 'begin.c~midden.x']);
    expect(routesTo(questions, 'einde-2').map(encodeRoute)).toEqual([
      'begin.a~midden.y',
      'begin.b',
      'begin.c~midden.y',
    ]);
    expect(routesTo(questions, 'begin')).toEqual([[]]);
    expect(routesTo(questions, 'einde-2', 2)).toHaveLength(2);
  });

  it('lists every answer on some route to a page, a question before those it leads to', () => {
    expect(stepsTowards(questions, 'einde-1').map((step) => `${step.question}.${step.answer}`)).toEqual([
      'begin.a',
      'begin.c',
      'midden.x',
    ]);
  });

  it('knows the question before a page only when there is one', () => {
    expect(onlyParent(questions, 'einde-1')).toBe('midden');
    expect(onlyParent(questions, 'midden')).toBe('begin');
    expect(onlyParent(questions, 'einde-2')).toBeUndefined();
  });
});

describe('the inline route script', () => {
  it('stays within 1 KB, so the kompas pages need no JavaScript file', () => {
    expect(Buffer.byteLength(kompasRouteScript)).toBeLessThanOrEqual(1024);
  });

  it('accepts exactly the routes decodeRoute accepts', () => {
    const pattern = new RegExp(/\/(\^.*\$)\/\.test/.exec(kompasRouteScript)?.[1] ?? '$^');
    for (const text of ['begin.a', 'begin.a~midden.x', 'begin', 'begin.a~', 'a.b.c', 'begin.a~<x>']) {
      expect(pattern.test(text), text).toBe(decodeRoute(text) !== undefined);
    }
  });
});
