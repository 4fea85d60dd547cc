// lms.html's script (entries scorm12-launcher.ts, cmi5-launcher.ts), the package's adapter to the LMS (bundled by scripts/package.ts; never part of the site).
// The launcher stays loaded while the course's own pages run in a frame inside it, so the LMS session lasts
// from launch to close, however often the learner moves between pages (a SCORM 1.2 LMS accepts one
// LMSInitialize and one LMSFinish per launch; cmi5 one "initialized" and one "terminated"). The pages are the
// normal site, unchanged: they keep their data in localStorage, which the launcher shares (same origin). So the
// launcher restores the LMS's copy before the first page loads (only when this browser holds nothing of the
// course), hears every store write through the `storage` event, and reports status, score and resume data.

import { checkedCount } from '../../lib/lms/outcome';
import { isPackagePath } from '../../lib/lms/scorm-api';
import { decodeSuspendData, encodeSuspendData } from '../../lib/lms/suspend-data';
import { LAUNCHER_CONFIG_ID, type LauncherConfig } from './launcher-config';
import { type Destination, reportFor } from './report';

const PREFIX = 'pettenwijzer:';

function readStored(): Record<string, string> {
  const stored: Record<string, string> = {};
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      const value = key?.startsWith(PREFIX) ? localStorage.getItem(key) : null;
      if (key && value !== null) stored[key.slice(PREFIX.length)] = value;
    }
  } catch {
    // Storage blocked: the course still runs, the LMS just gets no resume data.
  }
  return stored;
}

function restore(suspendData: string | undefined): void {
  const sections = decodeSuspendData(suspendData);
  if (!sections || Object.keys(readStored()).length > 0) return;
  try {
    for (const [id, raw] of Object.entries(sections)) localStorage.setItem(`${PREFIX}${id}`, raw);
  } catch {
    // Storage full or blocked: the learner starts afresh in this browser, the LMS keeps its copy.
  }
}

function lessonFromLaunch(launchData: string | undefined): string | undefined {
  const fromQuery = new URLSearchParams(location.search).get('les');
  const fromLms = /(?:^|&)les=([a-z0-9-]+)/.exec(launchData ?? '')?.[1];
  return fromQuery ?? fromLms ?? undefined;
}

/** Connects to the LMS (SCORM 1.2 or cmi5; each package bundles only its own) and opens the course inside. */
export async function startLauncher(
  connect: (config: LauncherConfig) => Destination | undefined | Promise<Destination | undefined>,
): Promise<void> {
  const element = document.getElementById(LAUNCHER_CONFIG_ID);
  const config = JSON.parse(element?.textContent ?? '{}') as LauncherConfig;
  const destination = await connect(config);
  const lessonSlug = config.completion === 'lesson' ? lessonFromLaunch(destination?.launchData) : undefined;
  if (!destination) {
    // No LMS around (opened as plain files, or the LMS refused): the normal site, nothing reported.
    location.replace(lessonSlug ? `lessen/${lessonSlug}/index.html` : 'index.html');
    return;
  }
  restore(destination.suspendData);

  const base = new URL('.', location.href);
  const home = lessonSlug ? `lessen/${lessonSlug}/index.html` : 'index.html';
  let page = destination.location && isPackagePath(destination.location) ? destination.location : home;
  let lastChecks = checkedCount(readStored().quizzes);
  const report = () => reportFor(config, lessonSlug, readStored(), page, encodeSuspendData);

  const frame = document.createElement('iframe');
  frame.title = 'Pettenwijzer';
  frame.src = page;
  frame.addEventListener('load', () => {
    try {
      const current = frame.contentWindow?.location;
      const path = current ? decodeURIComponent(current.pathname).slice(decodeURIComponent(base.pathname).length) : '';
      const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      if (isPackagePath(file)) page = file;
      if (frame.contentDocument?.title) document.title = frame.contentDocument.title;
    } catch {
      // A page outside the package (the public site) opened in the frame: keep the last course page.
    }
    destination.save(report(), true);
  });
  document.body.replaceChildren(frame);

  // A "Controleer" writes the quiz section; other writes (typing, a visit) are saved and sent with the next commit.
  // Typing writes on every key, so those saves wait for a pause; a check is committed at once.
  let pending: ReturnType<typeof setTimeout> | undefined;
  addEventListener('storage', (event) => {
    if (event.key !== null && !event.key.startsWith(PREFIX)) return;
    clearTimeout(pending);
    const checks = checkedCount(readStored().quizzes);
    if (checks !== lastChecks) destination.save(report(), true);
    else pending = setTimeout(() => destination.save(report(), false), 1000);
    lastChecks = checks;
  });
  // Learners close the tab: the last state goes out as the page goes away (pagehide also covers the bfcache).
  addEventListener('pagehide', () => {
    clearTimeout(pending);
    destination.finish(report());
  });
}
