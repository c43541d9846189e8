import { accordingTo } from './according-to.js';
import { bareClause } from './bare-clause.js';
import { frontedClause } from './fronted-clause.js';
import { objectContent } from './object-content.js';
import { questionClause } from './question-clause.js';
import { quoteAfterReport } from './quote-after-report.js';
import { relativeClause } from './relative-clause.js';
import { thatClause } from './that-clause.js';

/** Reported (indirect) speech rules, run after every quote is attributed; they never reuse a quote's cue. Last, quotes
 * that follow reported speech take its speaker. */
export const reportedRules = [accordingTo, thatClause, relativeClause, frontedClause, bareClause, questionClause, objectContent, quoteAfterReport] as const;
