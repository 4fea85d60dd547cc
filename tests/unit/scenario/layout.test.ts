import { describe, expect, it } from 'vitest';
import { layoutScenarioMap, type MapInput, wrapWords } from '../../../src/lib/scenario/layout';

describe('breaking a title into lines', () => {
  it.each([
    ['Blauwe plekken', ['Blauwe plekken']],
    ['Een vraag van Werk en inkomen', ['Een vraag van Werk en', 'inkomen']],
    ['Zorgvuldig gedeeld en goed vastgelegd', ['Zorgvuldig gedeeld en', 'goed vastgelegd']],
    ['Verwerkingsverantwoordelijkheidsvraag', ['Verwerkingsverantwoordelijkheidsvraag']],
    ['', []],
  ])('"%s" becomes %j', (title, lines) => {
    expect(wrapWords(title)).toEqual(lines);
  });
});

describe('laying out a scenario map', () => {
  const story: MapInput = {
    start: 'bel',
    nodes: [
      {
        id: 'bel',
        title: 'De school belt',
        choices: [{ to: 'gezin' }, { to: 'gezin' }, { to: 'riskant', when: ['gedeeld >= 1'] }],
      },
      { id: 'gezin', title: 'Het gezin vragen of overleg mag', choices: [{ to: 'goed' }] },
    ],
    endings: [
      { id: 'goed', title: 'Gezin aan het stuur', rating: 'goed' },
      { id: 'riskant', title: 'Doorverteld', rating: 'riskant' },
    ],
  };
  const map = layoutScenarioMap(story);

  it('places every situation and ending inside the drawing', () => {
    expect(map.boxes.map((box) => [box.id, box.kind, box.rating])).toEqual([
      ['bel', 'situation', undefined],
      ['gezin', 'situation', undefined],
      ['goed', 'ending', 'goed'],
      ['riskant', 'ending', 'riskant'],
    ]);
    for (const box of map.boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(map.width);
      expect(box.y + box.height).toBeLessThanOrEqual(map.height);
    }
  });

  it('draws every choice as a numbered line, dashed when it has a condition', () => {
    expect(map.edges.map((edge) => [edge.from, edge.to, edge.number, edge.conditional])).toEqual([
      ['bel', 'gezin', 1, false],
      ['bel', 'gezin', 2, false],
      ['bel', 'riskant', 3, true],
      ['gezin', 'goed', 1, false],
    ]);
    for (const edge of map.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('puts the start above the situations that follow it', () => {
    const y = (id: string) => map.boxes.find((box) => box.id === id)?.y ?? 0;
    expect(y('bel')).toBeLessThan(y('gezin'));
    expect(y('gezin')).toBeLessThan(y('goed'));
  });

  it("numbers one situation's choices from left to right", () => {
    const fromBel = map.edges.filter((edge) => edge.from === 'bel' && edge.to === 'gezin');
    expect(fromBel[0]?.labelAt.x).toBeLessThan(fromBel[1]?.labelAt.x ?? 0);
  });
});
