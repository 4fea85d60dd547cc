// What an organisation chooses for its LMS packages (README "LMS packages"). The package script bakes these
// values into the launcher, so changing one means running `npm run package` again.

/** 'course': the whole course is one SCO / AU; 'lesson': one SCO / AU per lesson, each with its own status. */
export type CompletionUnit = 'course' | 'lesson';

/** The choices for the packages. */
export interface LmsConfig {
  /** What the LMS sees as one unit with a status and score. */
  completion: CompletionUnit;
  /**
   * What SCORM 1.2 reports once every knowledge check of the unit is done but not every one is passed:
   * 'failed', or 'incomplete' when the organisation wants the LMS to treat it as "not finished yet".
   * A learner can always try again; a later pass turns it into 'passed'. (cmi5 sends "failed" only for 'failed'.)
   */
  failedStatus: 'failed' | 'incomplete';
}

/** The organisation's choice: change `completion` here (or set PETTENWIJZER_LMS_COMPLETION for one run). */
export const lmsConfig: LmsConfig = {
  completion: 'course',
  failedStatus: 'failed',
};

/** The config with overrides from the environment; unknown values fail loudly instead of being ignored. */
export function lmsConfigFrom(env: Record<string, string | undefined>, base: LmsConfig = lmsConfig): LmsConfig {
  const completion = env.PETTENWIJZER_LMS_COMPLETION ?? base.completion;
  const failedStatus = env.PETTENWIJZER_LMS_FAILED_STATUS ?? base.failedStatus;
  if (completion !== 'course' && completion !== 'lesson') {
    throw new Error(`PETTENWIJZER_LMS_COMPLETION is "${completion}"; use "course" or "lesson".`);
  }
  if (failedStatus !== 'failed' && failedStatus !== 'incomplete') {
    throw new Error(`PETTENWIJZER_LMS_FAILED_STATUS is "${failedStatus}"; use "failed" or "incomplete".`);
  }
  return { completion, failedStatus };
}
