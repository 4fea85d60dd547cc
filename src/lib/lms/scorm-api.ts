// Finding the SCORM 1.2 API the LMS provides: an object named `API` in this window, a parent, or the window that
// opened this one (and its parents), as in the ADL's own search (SCORM 1.2 RTE 3.3.6.1).

/** The SCORM 1.2 runtime calls the package uses; every value is a string, as the standard says. */
export interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
  LMSGetLastError(): string;
}

/** The parts of a window the search reads; a cross-origin window throws when they are read. */
export interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

/** How many parents deep the search looks, as in the ADL's sample code. */
const MAX_DEPTH = 500;

/** The nearest SCORM 1.2 API from `start` up its parents, then from its opener up; undefined when none. */
export function findScormApi(start: WindowLike): Scorm12Api | undefined {
  return searchUp(start) ?? searchUp(read(() => start.opener) ?? undefined);
}

function searchUp(start: WindowLike | undefined): Scorm12Api | undefined {
  let current = start;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const candidate = read(() => current?.API);
    if (isScorm12Api(candidate)) return candidate;
    const parent = read(() => current?.parent);
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

function isScorm12Api(value: unknown): value is Scorm12Api {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Scorm12Api).LMSInitialize === 'function' &&
    typeof (value as Scorm12Api).LMSSetValue === 'function'
  );
}

/** Reads a property of a window that may belong to another origin (which throws) without failing. */
function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** SCORM 1.2's CMITimespan (HHHH:MM:SS.SS) for a duration in milliseconds. */
export function scormTimespan(milliseconds: number): string {
  const total = Math.max(0, Math.round(milliseconds / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = (total % 60).toFixed(2).padStart(5, '0');
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds}`;
}

/** Whether a lesson_location the LMS gives back is a page path of this package (nothing else is loaded). */
export function isPackagePath(location: string): boolean {
  return /^([a-z0-9-]+\/)*index\.html$/.test(location);
}
