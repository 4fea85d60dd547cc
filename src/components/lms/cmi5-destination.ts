import Cmi5 from '@xapi/cmi5';
import type { LauncherConfig } from './launcher-config';
import type { Destination, Report } from './report';

/** The xAPI state document where the package keeps the learner's data (the cmi5 spec lets an AU keep its own). */
const STATE_ID = 'https://pettenwijzer.nl/cmi5/state';

/** What the state document holds between launches. */
interface SavedState {
  suspendData?: string;
  location?: string;
  /** cmi5 allows one "completed" and one "passed" per registration, so the AU remembers having sent them. */
  completedSent?: boolean;
  passedSent?: boolean;
}

/**
 * cmi5: the launch parameters in the address (endpoint, fetch, actor, registration, activityId). @xapi/cmi5 does
 * the launch (auth token, LMS.LaunchData, "initialized") and builds every statement; the statements themselves
 * go out with fetch's `keepalive`, so "terminated" and a last "passed" still arrive when the tab is closing.
 */
export async function cmi5Destination(config: LauncherConfig): Promise<Destination | undefined> {
  if (!Cmi5.isCmiAvailable) return undefined;
  const cmi5 = new Cmi5();
  try {
    await cmi5.initialize();
  } catch {
    return undefined;
  }
  const { endpoint, actor, registration, activityId } = cmi5.getLaunchParameters();
  const launchData = cmi5.getLaunchData();
  const root = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  const send = (path: string, method: 'POST' | 'PUT', body: unknown) =>
    fetch(`${root}${path}`, {
      method,
      keepalive: true,
      headers: {
        Authorization: `Basic ${cmi5.getAuthToken()}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  (cmi5.xapi as unknown as { sendStatement: (request: { statement: unknown }) => unknown }).sendStatement = ({
    statement,
  }) => send('statements', 'POST', statement);

  const stateQuery = new URLSearchParams({
    activityId,
    agent: JSON.stringify(actor),
    registration,
    stateId: STATE_ID,
  }).toString();
  const state = await loadState(`${root}activities/state?${stateQuery}`, cmi5.getAuthToken());
  const normal = launchData.launchMode === 'Normal';
  let failedSent = false;
  let terminated = false;

  const record = (report: Report) => {
    state.suspendData = report.suspend.text;
    state.location = report.location;
    if (!normal) return;
    const { outcome } = report;
    const score = { scaled: outcome.scoreRaw / 100, raw: outcome.scoreRaw, min: 0, max: 100 };
    // The LMS's masteryScore, when it sets one, replaces the course's own pass mark (cmi5 spec 10.2.2).
    const mastery = launchData.masteryScore;
    const passed = mastery === undefined ? outcome.passed : outcome.completed && score.scaled >= mastery;
    attempt(() => {
      if (outcome.completed && !state.completedSent) {
        void cmi5.complete();
        state.completedSent = true;
      }
      if (passed && !state.passedSent) {
        void cmi5.pass(score);
        state.passedSent = true;
      } else if (outcome.completed && !passed && !state.passedSent && !failedSent && config.failedStatus === 'failed') {
        void cmi5.fail(score);
        failedSent = true;
      }
    });
  };
  const saveState = () => send(`activities/state?${stateQuery}`, 'PUT', state).catch(() => undefined);

  return {
    suspendData: state.suspendData,
    location: state.location,
    save(report, commit) {
      if (terminated) return;
      record(report);
      if (commit) void saveState();
    },
    finish(report) {
      if (terminated) return;
      record(report);
      void saveState();
      attempt(() => void cmi5.terminate());
      terminated = true;
    },
  };
}

async function loadState(url: string, token: string): Promise<SavedState> {
  try {
    const response = await fetch(url, {
      headers: { Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3' },
    });
    if (!response.ok) return {};
    const saved = (await response.json()) as unknown;
    return saved !== null && typeof saved === 'object' ? (saved as SavedState) : {};
  } catch {
    return {};
  }
}

/** Runs a statement send; @xapi/cmi5 throws when a rule forbids it (e.g. "passed" in Browse mode): skip it then. */
function attempt(send: () => void): void {
  try {
    send();
  } catch {
    // The rule is the LMS's: nothing to tell the learner.
  }
}
