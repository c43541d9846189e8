import { angleQuotes } from './angle-quotes.js';
import { doubleQuotes } from './double-quotes.js';
import { nestedQuotes } from './nested-quotes.js';
import { singleQuotes } from './single-quotes.js';
import { titleCaseQuote } from './title-case-quote.js';

/** Quote span rules, in order: every family of marks, then the filters for nested quotes and titles. */
export const quoteRules = [doubleQuotes, angleQuotes, singleQuotes, nestedQuotes, titleCaseQuote] as const;
