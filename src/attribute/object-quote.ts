import type { AttributionDraft, MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import { makeMixed, mixedClauseEnd } from './mixed-shape.js';
import { closeOf, openOf } from './quote-site.js';
import { hasAlnum } from '../text/plain-pattern.js';

/**
 * Gives a quotation in a verb's object to the verb's subject, with no cue: the quote becomes mixed, from the object's
 * start to the end of its clause, unless the quotation is the whole object (`praised “the crews”`).
 */
export function attributeObjectQuote(ctx: AttributeContext, a: AttributionDraft, site: { subject: MentionDraft; objectStart: number; sentenceEnd: number; confidence: number }): void {
  ctx.attribute(a, { mention: site.subject, cue: null, confidence: site.confidence });
  const end = mixedClauseEnd(ctx, a, site.sentenceEnd);
  if (site.objectStart < openOf(a) || hasAlnum(ctx.text.slice(closeOf(a), end))) makeMixed(ctx, a, site.objectStart, end);
}
