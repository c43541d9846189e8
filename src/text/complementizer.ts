import { plainExec, plainPattern } from './plain-pattern.js';

// "that" as a whole word and the white space after it, at the end of the text before a clause
const THAT_BEFORE = plainPattern(String.raw`(?<![\p{L}\p{N}’'-])that\s+$`, 'u');

/**
 * Where a reported clause starts when the complementizer "that" opens it: at the "that" right before `start` (only white
 * space between), else at `start`. A reported clause (`said that the plan was “dead”`, `confirmed that the talks had
 * failed`) keeps its "that", as PolNeAR and PARC 3.0 mark attribution content; a direct quote (`said that “We will win.”`)
 * is the quoted words alone, so callers use this for mixed and indirect content only.
 */
export function withComplementizer(text: string, start: number): number {
  const m = plainExec(THAT_BEFORE, text.slice(Math.max(0, start - 16), start));
  return m ? start - (Math.min(start, 16) - m.index) : start;
}
