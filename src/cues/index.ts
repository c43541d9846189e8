import { colonIntroduction } from './colon-introduction.js';
import { dashAttribution } from './dash-attribution.js';
import { reportingVerb } from './reporting-verb.js';

/** Cue rules, in order. "according to" is a multi-word entry of the reporting verb list. */
export const cueRules = [reportingVerb, colonIntroduction, dashAttribution] as const;
