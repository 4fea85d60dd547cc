import type { LmsConfig } from '../../lib/lms/config';
import type { PackagedLesson } from '../../lib/lms/outcome';

/** What the package script writes into lms.html for the launcher (a JSON script element, id `pw-lms`). */
export interface LauncherConfig extends LmsConfig {
  kind: 'scorm12' | 'cmi5';
  lessons: PackagedLesson[];
}

/** The id of the JSON script element in lms.html. */
export const LAUNCHER_CONFIG_ID = 'pw-lms';
