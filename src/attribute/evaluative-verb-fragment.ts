import type { AttributeContext } from '../pipeline/rule.js';
import { defineRule } from '../rules/define.js';
import { attributeVerbObject } from './object-quote.js';
import { pending } from './quote-site.js';
import { letterRuns } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';


/** The first word of each evaluative form ("took" of "took aim at"). */
const FIRST_WORDS = ({ evaluativeForms }: Lexicon): ReadonlySet<string> => new Set([...evaluativeForms.keys()].map((f) => f.split(' ')[0]!));

/** Most words in an evaluative verb's form ("took aim at"). */
const MAX_FORM_WORDS = 3;

/** The nearest evaluative verb between `from` and `open`, if any; a verb with its particle is one form ("talked about"). */
export function evaluativeVerbBefore(ctx: AttributeContext, from: number, open: number): { start: number; end: number } | null {
  let verb: { start: number; end: number } | null = null;
  const lead = ctx.text.slice(from, open);
  const runs = [...letterRuns(lead)];
  const firstWords = ctx.lexicon.once(FIRST_WORDS);
  for (let i = 0; i < runs.length; i++) {
    // (no form starts with this word: skip building the forms that start here)
    if (!firstWords.has(runs[i]![0].toLowerCase())) continue;
    let form = '';
    for (let n = 0; n < MAX_FORM_WORDS && i + n < runs.length; n++) {
      const run = runs[i + n]!;
      if (n > 0 && !/^ +$/u.test(lead.slice(runs[i + n - 1]!.index + runs[i + n - 1]![0].length, run.index))) break;
      form += (n > 0 ? ' ' : '') + run[0].toLowerCase();
      if (ctx.lexicon.evaluativeForms.has(form)) verb = { start: from + runs[i]!.index, end: from + run.index + run[0].length };
    }
  }
  return verb;
}

/**
 * A quotation in the object of a verb that characterises speech (praise, slam, decry: models/evaluative-verbs.json)
 * quotes the verb's subject: `The mayor praised her “steady hand” during the storm.` is a mixed quote of the mayor, its
 * content the verb's object clause. The verb is no cue: its unquoted objects are no reported speech.
 */
export const evaluativeVerbFragment = defineRule({
  name: 'evaluative-verb-fragment',
  stage: 'attribute',
  description: 'Makes a quote in the object of an evaluative verb (praised, slammed, decried) a mixed quote of the verb\'s subject.',
  apply(ctx) {
    for (const a of pending(ctx)) attributeVerbObject(ctx, a, (from, open) => evaluativeVerbBefore(ctx, from, open), 0.35);
  },
});
