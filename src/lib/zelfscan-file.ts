import type { ToolFileKind } from './tool-file';
import type { ZelfscanData } from './zelfscan-data';
import { readZelfscanData } from './zelfscan-data';

/** The zelfscan export: all answers, notes and worksheets. */
export const zelfscanFileKind: ToolFileKind<ZelfscanData> = {
  format: 'pettenwijzer-zelfscan',
  version: 1,
  label: 'een zelfscan',
  read: readZelfscanData,
};
