import { findScormApi, scormTimespan } from '../../lib/lms/scorm-api';
import type { LauncherConfig } from './launcher-config';
import type { Destination, Report } from './report';

/** SCORM 1.2: the API object of the LMS in a parent or opener window, initialised once for this launch. */
export function scormDestination(_config: LauncherConfig): Destination | undefined {
  const api = findScormApi(window);
  if (!api) return undefined;
  // 101: already initialised (a relaunch inside the same LMS frame); the session is usable.
  if (api.LMSInitialize('') !== 'true' && api.LMSGetLastError() !== '101') return undefined;
  const get = (element: string) => String(api.LMSGetValue(element) ?? '');
  const startedAt = Date.now();
  const statusAtLaunch = get('cmi.core.lesson_status');
  // A pass the LMS holds is never taken back: not when another learner's data is in this browser, nor when the
  // learner deletes their data on "Mijn gegevens" (that does empty the LMS's copy of it, suspend_data).
  let keepPassed = statusAtLaunch === 'passed';
  if (statusAtLaunch === 'not attempted' || statusAtLaunch === '')
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  let finished = false;

  const save = (report: Report, commit: boolean) => {
    if (finished) return;
    if (!keepPassed) {
      api.LMSSetValue('cmi.core.lesson_status', report.scormStatus);
      if (report.outcome.done > 0) {
        api.LMSSetValue('cmi.core.score.min', '0');
        api.LMSSetValue('cmi.core.score.max', '100');
        api.LMSSetValue('cmi.core.score.raw', String(report.outcome.scoreRaw));
      }
      keepPassed = report.scormStatus === 'passed';
    }
    api.LMSSetValue('cmi.suspend_data', report.suspend.text);
    api.LMSSetValue('cmi.core.lesson_location', report.location);
    // 'suspend': the LMS keeps suspend_data and offers the next launch as a resume (cmi.core.entry "resume").
    api.LMSSetValue('cmi.core.exit', 'suspend');
    if (commit) api.LMSCommit('');
  };
  return {
    suspendData: get('cmi.suspend_data'),
    location: get('cmi.core.lesson_location'),
    launchData: get('cmi.launch_data'),
    save,
    finish(report) {
      save(report, false);
      if (finished) return;
      api.LMSSetValue('cmi.core.session_time', scormTimespan(Date.now() - startedAt));
      api.LMSCommit('');
      api.LMSFinish('');
      finished = true;
    },
  };
}
