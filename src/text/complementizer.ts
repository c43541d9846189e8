import { plainExec, plainPattern } from './plain-pattern.js';

// "that" as a whole word and the white space after it, at the end of the text before a clause
const THAT_BEFORE = plainPattern(String.raw`(?<![\p{L}\p{N}’'-])that\s+$`, 'u');

/**
 * Where a mixed quote's clause starts when the complementizer "that" opens it: at the "that" right before `start` (only
 * white space between), else at `start`. A mixed clause (`said that the plan was “dead”`) keeps its "that", as PolNeAR
 * and PARC 3.0 mark attribution content; a direct quote (`said that “We will win.”`) is the quoted words alone and an
 * indirect one the clause after its "that" (docs/rules.md), so only makeMixed calls this.
 */
export function withComplementizer(text: string, start: number): number {
  const m = plainExec(THAT_BEFORE, text.slice(Math.max(0, start - 16), start));
  return m ? start - (Math.min(start, 16) - m.index) : start;
}
