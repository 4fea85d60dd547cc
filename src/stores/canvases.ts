// Only the store lives here: every page that lists or exports learner data loads it. The actions, which
// only the 7×W page needs, are in canvases-actions.ts to keep the other pages within their JS budget.
import type { Canvas } from '../lib/canvas/canvas';
import { isCanvas } from '../lib/canvas/canvas';
import { isRecord, isRecordOf } from '../lib/common/guards';
import { persistentSection } from './persistent-section';

/** All 7×W canvases in this browser, and which one is open. */
export interface CanvasesData {
  canvases: Record<string, Canvas>;
  activeId: string;
}

export const emptyCanvases: CanvasesData = { canvases: {}, activeId: '' };

/** The participant's 7×W canvases, autosaved in the browser. */
export const $canvases = persistentSection<CanvasesData>({
  id: 'canvases',
  label: '7×W-canvassen',
  version: 1,
  initial: emptyCanvases,
  validate: (data) =>
    isRecord(data) && isRecordOf(data.canvases, isCanvas) && typeof data.activeId === 'string'
      ? { canvases: data.canvases, activeId: data.activeId }
      : undefined,
});
