import { defineRule } from '../rules/define.js';
import { readCueGap } from './cue-gap.js';
import { cueIndexFrom, openOf, pending } from './quote-site.js';
import { speakerOfCue } from './speaker-mention.js';
import { plainExec, plainPattern } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AttributeContext } from '../pipeline/rule.js';

// the verb's object, a determiner and up to two modifiers before its noun: "a warning", "her sharpest statement"
const OBJECT = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s+${anyOf.articlesAndThirdPersonPossessives}\s+(?:[\p{L}-]+\s+){0,2}(\p{L}+)$`, 'iu');

/** True when the words after the verb are an object whose noun is a speech act, which the next quote gives: "tweeted a warning". */
const speechObject = (ctx: Pick<AttributeContext, 'text' | 'lexicon'>, from: number, to: number): boolean =>
  ctx.lexicon.speechNouns.has(plainExec(ctx.lexicon.once(OBJECT), ctx.text.slice(from, to))?.[1]!.toLowerCase() ?? '');

/**
 * A sentence that is only an attribution introduces the quote that opens the next sentence of its paragraph:
 * `Petra Holm agreed. “...”`, `The ministry said in a statement. “...”`, `she told reporters on Monday. “...”`, and so
 * does one whose verb has a speech act as its object: `Petra Holm tweeted a warning. “...”`.
 */
export const attributionSentenceBefore = defineRule({
  name: 'attribution-sentence-before',
  stage: 'attribute',
  description: 'Attributes a quote that opens its sentence to the subject of the bare attribution sentence right before it.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const at = ctx.doc.sentenceAt(open);
      const s = ctx.doc.sentences[at];
      const prev = ctx.doc.sentences[at - 1];
      if (!s || !prev || prev.paragraph !== s.paragraph || /\S/u.test(ctx.text.slice(s.start, open))) continue;
      // the sentence before holds no quotation of its own
      let end = prev.end;
      while (end > prev.start && /[\s.!?]/u.test(ctx.text[end - 1]!)) end--;
      if (/[“”"«»]|''/u.test(ctx.text.slice(prev.start, end))) continue;
      const i = cueIndexFrom(ctx.cues, end) - 1;
      const cue = ctx.cues[i];
      if (!cue || cue.start < prev.start || cue.kind !== 'verb' || cue.belief) continue;
      // nothing but an addressee or a time or place phrase after the verb: not "said the ferry would stay."
      const gap = readCueGap(ctx, cue, end);
      const bare = gap?.kind === 'direct';
      if (!bare && !speechObject(ctx, cue.end, end)) continue;
      const mention = speakerOfCue(ctx, cue);
      // the speaker opens the sentence: not the end of a fronted clause ("The ferry will stay, she said."), which a
      // verb with a speech act as its object cannot end ("On the other side, Petra Holm tweeted a warning.")
      if (!mention || mention.start > cue.start || (bare && /[,;:]/u.test(ctx.text.slice(prev.start, mention.start)))) continue;
      ctx.attribute(a, { mention, cue, addressee: bare ? gap.addressee : null, confidence: 0.8 });
    }
  },
});
