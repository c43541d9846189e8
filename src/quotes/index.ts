import { angleQuotes } from './angle-quotes.js';
import { compoundModifierQuote } from './compound-modifier-quote.js';
import { doubleQuotes } from './double-quotes.js';
import { nestedQuotes } from './nested-quotes.js';
import { quotedSubhead } from './quoted-subhead.js';
import { scareQuote } from './scare-quote.js';
import { singleQuotes } from './single-quotes.js';
import { titleCaseQuote } from './title-case-quote.js';

/** Quote span rules, in order: every family of marks, then the filters for nested quotes, subheads, titles, scare quotes and quotes in a hyphenated compound. */
export const quoteRules = [doubleQuotes, angleQuotes, singleQuotes, nestedQuotes, quotedSubhead, titleCaseQuote, scareQuote, compoundModifierQuote] as const;
