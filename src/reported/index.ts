import { accordingTo } from './according-to.js';
import { bareClause } from './bare-clause.js';
import { frontedClause } from './fronted-clause.js';
import { thatClause } from './that-clause.js';

/** Reported (indirect) speech rules, run after every quote is attributed; they never reuse a quote's cue. */
export const reportedRules = [accordingTo, thatClause, frontedClause, bareClause] as const;
