import type { CanvasQuestion } from '../canvas/canvas';
import type { ScanThemeView } from '../zelfscan/data';
import { loadCourseList } from './lists';

/** The seven W-questions in canvas order; fails the build when the set is not exactly 1 to 7. */
export async function loadZevenW(): Promise<CanvasQuestion[]> {
  return loadCourseList('zevenW', 7);
}

/** The zelfscan themes in order; fails the build when two questions anywhere share an id. */
export async function loadZelfscan(): Promise<ScanThemeView[]> {
  const themes = await loadCourseList('zelfscan');
  const seen = new Map<string, string>();
  for (const theme of themes) {
    for (const question of theme.questions) {
      const other = seen.get(question.id);
      if (other) {
        throw new Error(
          `content/course/zelfscan.yaml: question id "${question.id}" is used in theme "${other}" and in theme "${theme.id}".\n    Fix: give every question its own id; answers are stored under it.`,
        );
      }
      seen.set(question.id, theme.id);
    }
  }
  return themes;
}
