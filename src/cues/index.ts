import { colonCue } from './colon-cue.js';
import { dashAttribution } from './dash-attribution.js';
import { quoteFrameVerb } from './quote-frame-verb.js';
import { reportingVerb } from './reporting-verb.js';

/** Cue rules, in order. "according to" is a multi-word entry of the reporting verb list. */
export const cueRules = [reportingVerb, colonCue, dashAttribution, quoteFrameVerb] as const;
