import type { AnyRule } from './pipeline/rule.js';
import { segmentRules } from './segment/index.js';
import { quoteRules } from './quotes/index.js';
import { cueRules } from './cues/index.js';
import { mentionRules } from './mentions/index.js';
import { attributeRules } from './attribute/index.js';
import { reportedRules } from './reported/index.js';
import { resolveRules } from './resolve/index.js';

/** Every built-in rule, stage by stage, in the order it runs. */
export const builtinRules: readonly AnyRule[] = Object.freeze([
  ...segmentRules, ...quoteRules, ...cueRules, ...mentionRules, ...attributeRules, ...reportedRules, ...resolveRules,
]);
