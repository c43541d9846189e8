import { defineRule } from '../rules/define.js';
import type { Token } from '../text/tokens.js';
import { speakerOfCue } from '../attribute/speaker-mention.js';
import { freeCues, isTaken, report, takenSpans, trimClause } from './reported-site.js';

// verbs that take a clause without "that": "She said the plan failed." but not "He added the sugar."
const BARE_CLAUSE_VERBS = new Set(['say', 'tell', 'argue', 'claim', 'insist', 'warn', 'predict', 'believe', 'think', 'suggest', 'acknowledge', 'admit', 'contend', 'assert', 'declare', 'announce', 'write', 'estimate', 'expect', 'hope', 'fear', 'add', 'note', 'explain', 'report', 'concede', 'agree', 'maintain', 'reiterate', 'confirm', 'deny']);

const OBJECT_VERBS = new Set(['add', 'note', 'explain', 'confirm', 'report', 'maintain', 'acknowledge', 'admit', 'deny', 'reiterate', 'estimate', 'predict', 'write', 'announce', 'expect', 'fear', 'hope', 'believe', 'think']);
const AUXILIARY = new Set(['would', 'will', 'had', 'has', 'have', 'is', 'are', 'was', 'were', 'could', 'should', 'can', 'may', 'might', 'must']);

/** "said hospitals and pumping stations would be exempt": a bare noun phrase, then an auxiliary, within a few words. */
function nounThenAuxiliary(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 6 && tokens[k] && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
    if (AUXILIARY.has(tokens[k]!.lower)) return k > i;
    if (!/^[\p{L}\p{N}-]/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** Reported speech without "that": `The mayor said the bridge would reopen in May.` */
export const bareClause = defineRule({
  name: 'bare-clause',
  stage: 'reported',
  description: 'Reports "SPEAKER said CLAUSE" when the clause opens with a pronoun, determiner, name or number.',
  apply(ctx) {
    const taken = takenSpans(ctx);
    const { tokens } = ctx.doc;
    for (const { cue, sentence: s } of freeCues(ctx)) {
      if (!BARE_CLAUSE_VERBS.has(cue.lemma)) continue;
      const i = ctx.doc.tokenAt(cue.end);
      const next = tokens[i];
      if (!next || next.sentence !== tokens[i - 1]?.sentence) continue;
      // "about 200 lorries had passed": an approximate number opens a clause too
      const approx = /^(?:about|nearly|almost|around|roughly|over|some)$/u.test(next.lower) && /^\p{N}/u.test(tokens[i + 1]?.text ?? '');
      // verbs that also take a plain object ("added the sugar", "confirmed the date") need a clause with a verb
      if (OBJECT_VERBS.has(cue.lemma) && !ctx.lexicon.pronouns.has(next.lower) && !nounThenAuxiliary(tokens, i)) continue;
      // "he’d", "they’re": a pronoun with its auxiliary
      const bare = next.lower.replace(/[’'](?:d|ll|s|re|ve|m)$/u, '');
      const opens = approx || ctx.lexicon.clauseStarters.has(bare) || (/^\p{Lu}/u.test(next.text) && !ctx.lexicon.nonNames.has(next.text)) || /^\p{N}/u.test(next.text)
        || nounThenAuxiliary(tokens, i);
      if (!opens || next.lower === 'that') continue;
      const mention = speakerOfCue(ctx, cue);
      if (!mention || mention.start > cue.start) continue;
      const content = trimClause(ctx.text, next.start, s.end);
      if (!content || isTaken(ctx, content, taken)) continue;
      report(ctx, taken, { parts: [content], mention, cue, confidence: cue.belief ? 0.5 : 0.65 });
    }
  },
});
