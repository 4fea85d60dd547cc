// Which content dates are too old to trust without a new check. Pure: the build passes in today's date.
import type { Wet } from '../../schemas/wetgeving';

/** How old a check may be before the build warns. */
export const maxAgeMonths = 6;

/** The ISO date (yyyy-mm-dd) that lies `months` calendar months before `today`; a 31st rolls back to the month's end. */
export function monthsBefore(today: string, months: number): string {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  const totalMonths = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(totalMonths / 12);
  const targetMonth = totalMonths - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10);
}

/** True when `date` lies more than `months` months before `today` (both yyyy-mm-dd). */
export function isOlderThan(date: string, today: string, months = maxAgeMonths): boolean {
  return date < monthsBefore(today, months);
}

/** A lesson as the freshness check needs it. */
export interface CheckedLesson {
  file: string;
  checkedOn: string;
}

/** One warning line per law whose check (or, for a bill, whose status) is older than six months. */
export function staleWetWarnings(
  wetten: readonly Wet[],
  today: string,
  file = 'content/course/wetgeving.yaml',
): string[] {
  return wetten.flatMap((wet) => {
    const warnings: string[] = [];
    if (isOlderThan(wet.checkedOn, today)) {
      warnings.push(
        `${file} (entry "${wet.id}"): checkedOn ${wet.checkedOn} is more than ${maxAgeMonths} months old. Check the status of ${wet.shortName} again (owner: ${wet.owner}) and update checkedOn.`,
      );
    }
    const isBill = wet.status === 'wetsvoorstel' || wet.status === 'aangenomen';
    if (isBill && isOlderThan(wet.statusAsOf, today)) {
      warnings.push(
        `${file} (entry "${wet.id}"): the status of ${wet.shortName} rests on a source of ${wet.statusAsOf}, more than ${maxAgeMonths} months old. Look for newer steps (${wet.dossier?.url ?? 'the official dossier'}) and update status and statusAsOf.`,
      );
    }
    return warnings;
  });
}

/** One warning line per lesson whose checkedOn is older than six months. */
export function staleLessonWarnings(lessons: readonly CheckedLesson[], today: string): string[] {
  return lessons
    .filter((lesson) => isOlderThan(lesson.checkedOn, today))
    .map(
      (lesson) =>
        `${lesson.file}: checkedOn ${lesson.checkedOn} is more than ${maxAgeMonths} months old. Check the lesson against its sources and update checkedOn.`,
    );
}
