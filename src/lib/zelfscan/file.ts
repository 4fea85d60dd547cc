import type { ToolFileKind } from '../common/tool-file';
import type { ZelfscanData } from './data';
import { readZelfscanData } from './data';

/** The zelfscan export: all answers, notes and worksheets. */
export const zelfscanFileKind: ToolFileKind<ZelfscanData> = {
  format: 'pettenwijzer-zelfscan',
  version: 1,
  label: 'een zelfscan',
  read: readZelfscanData,
};
