import { beforeEach, describe, expect, it } from 'vitest';
import { connectStorage } from '../../../src/stores/persistent-section';
import { FakeStorage } from '../helpers/fake-storage';

const storage = new FakeStorage();
connectStorage(storage, { addEventListener() {}, removeEventListener() {} });

const { $canvases } = await import('../../../src/stores/canvases');
const actions = await import('../../../src/stores/canvases-actions');
const { $zelfscan } = await import('../../../src/stores/zelfscan');
const scan = await import('../../../src/stores/zelfscan-actions');

beforeEach(() => {
  for (const canvas of Object.keys($canvases.get().canvases)) actions.deleteCanvas(canvas);
  scan.clearZelfscan();
});

const names = () => Object.values($canvases.get().canvases).map((canvas) => canvas.name);

describe('canvas actions', () => {
  it('starts a canvas on the first answer typed, and stores it under its versioned key', () => {
    actions.setCanvasAnswer(undefined, 'wat', 'Samen bepalen welke hulp past.');
    const canvas = actions.activeCanvas($canvases.get());
    expect(canvas).toMatchObject({ name: 'Mijn overlegtafel', answers: { wat: 'Samen bepalen welke hulp past.' } });
    expect(JSON.parse(storage.getItem('pettenwijzer:canvases') ?? '{}').version).toBe(1);
  });

  it('duplicates under "Kopie van …" and opens the copy', () => {
    const id = actions.createCanvas('Regietafel');
    actions.duplicateCanvas(id);
    expect(names()).toEqual(['Regietafel', 'Kopie van Regietafel']);
    expect(actions.activeCanvas($canvases.get())?.name).toBe('Kopie van Regietafel');
  });

  it('adds an imported canvas beside one with the same id unless replacing was chosen', () => {
    const id = actions.createCanvas('Casusoverleg');
    actions.setCanvasAnswer(id, 'wat', 'Oud');
    const stored = $canvases.get().canvases[id];
    if (!stored) throw new Error('the canvas was not created');
    const imported = { ...stored, answers: { wat: 'Nieuw' } };
    actions.saveCanvasContent(imported, 'new');
    expect(names()).toEqual(['Casusoverleg', 'Casusoverleg (2)']);
    expect($canvases.get().canvases[id]?.answers.wat).toBe('Oud');
    actions.saveCanvasContent(imported, { replaceId: id });
    expect($canvases.get().canvases[id]?.answers.wat).toBe('Nieuw');
  });

  it('opens the next canvas after a delete, and removes the key once none is left', () => {
    const first = actions.createCanvas('Een');
    const second = actions.createCanvas('Twee');
    actions.deleteCanvas(second);
    expect($canvases.get().activeId).toBe(first);
    actions.deleteCanvas(first);
    expect(storage.getItem('pettenwijzer:canvases')).toBeNull();
  });

  it('cuts an answer at the maximum length', () => {
    actions.setCanvasAnswer(undefined, 'wat', 'x'.repeat(6000));
    expect(actions.activeCanvas($canvases.get())?.answers.wat).toHaveLength(5000);
  });
});

describe('zelfscan actions', () => {
  it('keeps the note when the answer changes, and the answer when the note changes', () => {
    scan.setScanNote('q1', 'Alleen bij jeugd');
    scan.answerScanQuestion('q1', 'deels');
    scan.answerScanQuestion('q1', 'nee');
    expect($zelfscan.get().answers.q1).toEqual({ answer: 'nee', note: 'Alleen bij jeugd' });
  });

  it('fills the worksheet one field at a time', () => {
    scan.setProposalField('q1', 'voordelen', 'Rust');
    scan.setProposalField('q1', 'consequenties', 'Tijd');
    expect($zelfscan.get().proposals.q1).toEqual({
      voordelen: 'Rust',
      nadelen: '',
      voorkeuren: '',
      consequenties: 'Tijd',
    });
  });

  it('leaves nothing stored after replacing with an empty scan', () => {
    scan.answerScanQuestion('q1', 'ja');
    scan.replaceZelfscan({ answers: {}, proposals: {} });
    expect(storage.getItem('pettenwijzer:zelfscan')).toBeNull();
  });
});
