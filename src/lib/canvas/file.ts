import type { ToolFileKind } from '../common/tool-file';
import type { Canvas } from './canvas';
import { isCanvas } from './canvas';

/** The 7×W canvas export: one canvas with its id, so importing it again can offer to replace it. */
export const canvasFileKind: ToolFileKind<Canvas> = {
  format: 'pettenwijzer-7xw-canvas',
  version: 1,
  label: 'een 7×W-canvas',
  read: (data) => (isCanvas(data) ? data : undefined),
};
