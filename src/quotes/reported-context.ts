import type { QuotesContext } from '../pipeline/rule.js';

/**
 * True when the quote sits inside reported speech: earlier in its sentence a reporting verb introduces a clause
 * (`said that the “New York values” phrase came from him`). A title or scare quote there is the speaker's wording.
 */
export function insideReportedClause(ctx: QuotesContext, open: number): boolean {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(open)];
  if (!sentence) return false;
  // words inside an earlier quotation are not the narrator's: start after the last one that closed before this one
  let start = sentence.start;
  for (const c of ctx.candidates) if (c.rejected === null && c.close <= open && c.close > start) start = c.close;
  const from = ctx.doc.tokenAt(start);
  const to = ctx.doc.tokenAt(open);
  let sawVerb = false;
  for (let i = from; i < to; i++) {
    const t = ctx.doc.tokens[i]!;
    const verb = ctx.lexicon.verbForms.get(t.lower)?.find((e) => e.form.length === 1)?.verb;
    if (verb && !verb.belief && !verb.nounLike && /^\p{Ll}/u.test(t.text)) sawVerb = true;
    else if (sawVerb && t.lower === 'that') return true;
  }
  return false;
}
