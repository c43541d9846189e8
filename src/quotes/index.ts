import { angleQuotes } from './angle-quotes.js';
import { curlyDoubleQuotes } from './curly-double-quotes.js';
import { nestedQuotes } from './nested-quotes.js';
import { singleQuotes } from './single-quotes.js';
import { straightDoubleQuotes } from './straight-double-quotes.js';

/** Quote span rules, in order: every family of marks, then the filter for nested quotes. */
export const quoteRules = [curlyDoubleQuotes, straightDoubleQuotes, angleQuotes, singleQuotes, nestedQuotes] as const;
