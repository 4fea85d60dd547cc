import { lessonsOfUnit, resultsFromStored, scormStatus, type UnitOutcome, unitOutcome } from '../../lib/lms/outcome';
import type { EncodedSuspendData } from '../../lib/lms/suspend-data';
import type { LauncherConfig } from './launcher-config';

/** What the launcher tells the LMS after a change. */
export interface Report {
  outcome: UnitOutcome;
  scormStatus: 'passed' | 'failed' | 'incomplete';
  suspend: EncodedSuspendData;
  /** The course page the learner is on, relative to the package root. */
  location: string;
}

/** An LMS the launcher found and initialised. */
export interface Destination {
  suspendData?: string;
  location?: string;
  /** SCORM's cmi.launch_data (the lesson of a per-lesson SCO). */
  launchData?: string;
  /** Records the report; `commit` also sends it now (a checked answer, a page change). */
  save(report: Report, commit: boolean): void;
  /** Sends the last report and ends the session, as the launcher goes away. */
  finish(report: Report): void;
}

/** The report for the unit this launch is: the course, or one lesson. */
export function reportFor(
  config: LauncherConfig,
  lessonSlug: string | undefined,
  stored: Record<string, string>,
  location: string,
  encode: (stored: Record<string, string>, limit?: number) => EncodedSuspendData,
  limit?: number,
): Report {
  const outcome = unitOutcome(lessonsOfUnit(config.lessons, lessonSlug), resultsFromStored(stored.quizzes));
  return { outcome, scormStatus: scormStatus(outcome, config.failedStatus), suspend: encode(stored, limit), location };
}
