import { distance } from 'fastest-levenshtein';
import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';
import { isCapitalized, stripPossessive, type Token } from '../text/tokens.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { titledNameRuns } from './name-sequences.js';
import { startsLower } from '../text/plain-pattern.js';

const MAX_TITLE_WORDS = 4;

/**
 * How many words at the start of a run are a title: up to the last title word or role noun among the first
 * words, with every capitalised word before it as its modifier, leaving at least one word of name.
 * "Interior Minister Abdelouafi Laftit" -> 2, "Fire Chief Martin Kowalczyk" -> 2, "Former Arkansas Gov. Mike Huckabee" -> 4.
 */
function leadingTitle(words: readonly Token[], lexicon: Lexicon): number {
  let title = 0;
  for (let i = 0; i < Math.min(words.length - 1, MAX_TITLE_WORDS); i++) {
    const w = words[i]!;
    if (w.text === '.') continue;
    if (lexicon.titleWords.has(w.text) || lexicon.roleNouns.has(w.lower)) {
      title = words[i + 1]?.text === '.' ? i + 2 : i + 1;
    }
  }
  return title < words.length ? title : 0;
}

/** Marks after which a capitalised word may just open a quotation or a bracket. */
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«']);
const ORG_TAIL = /^(?:[A-Z]{2,6}|[A-Z]\.(?:[A-Z]\.)+)$/u;

/**
 * Person names: a run of capitalised words that is not a place or an organisation, with any title in front of it
 * split off as a role ("President Obama" -> name "Obama", role "President"). A single capitalised word at the start
 * of a sentence counts only when it is followed by a reporting verb or appears capitalised mid-sentence elsewhere.
 */
export const personName = defineRule({
  name: 'person-name',
  stage: 'mentions',
  description: 'Finds personal names, with titles split off as roles; places and organisations are left to other rules.',
  apply(ctx) {
    const { tokens, sentences } = ctx.doc;
    const inQuote = insideAny(ctx.quotes);
    const midSentence = new Set<string>();
    for (const s of sentences) {
      for (let i = s.firstToken + 1; i < s.endToken; i++) {
        const t = tokens[i]!;
        if (isCapitalized(t) && !OPENERS.has(tokens[i - 1]!.text)) midSentence.add(stripPossessive(t.text));
      }
    }
    const cueStarts = new Set(ctx.cues.map((c) => c.start));
    // a misspelt surname opening a sentence ("Okonjo-Belo brushed ...") is one letter off a name used elsewhere
    const byPrefix = new Map<string, string[]>();
    for (const w of midSentence) {
      if (w.length < 6) continue;
      const list = byPrefix.get(w.slice(0, 2)) ?? [];
      list.push(w);
      byPrefix.set(w.slice(0, 2), list);
    }
    const nearKnownName = (word: string) => word.length >= 6 && (byPrefix.get(word.slice(0, 2)) ?? []).some((w) => distance(w, word) <= 1);
    for (const seq of titledNameRuns(ctx.doc, ctx.lexicon)) {
      {
        const s = sentences[tokens[seq.first]!.sentence]!;
        const words = tokens.slice(seq.first, seq.end);
        const first = words[0]!;
        const label = ctx.doc.paragraphs[ctx.doc.paragraphAt(first.start)]?.label;
        // header fields name the publisher, the place and the date, not people
        if (inQuote(first.start) || label === 'publisher' || label === 'country' || label === 'date') continue;
        const lastWord = words[words.length - 1]!;
        const isOrg = ctx.lexicon.organizationNouns.has(stripPossessive(lastWord.lower)) || (words.length === 1 && ORG_TAIL.test(lastWord.text)) || (words.length > 1 && ctx.lexicon.companyNameWords.has(stripPossessive(lastWord.text)));
        const titleWords = Math.max(leadingTitle(words, ctx.lexicon), seq.linkedTitleWords);
        const nameWords = words.slice(titleWords);
        if (isOrg || nameWords.length === 0) continue;
        // "the Nov. 14 speech": an abbreviated month before a period and a day is a date
        if (words.length === 1 && ctx.lexicon.monthAbbreviations.has(first.lower) && tokens[seq.end]?.text === '.' && /^\d/u.test(tokens[seq.end + 1]?.text ?? '')) continue;
        const nameText = stripPossessive(ctx.text.slice(nameWords[0]!.start, nameWords[nameWords.length - 1]!.end));
        if (ctx.lexicon.places.has(nameText.replace(/’/gu, "'"))) continue;
        const sentenceStart = seq.first === s.firstToken || OPENERS.has(tokens[seq.first - 1]!.text);
        if (sentenceStart && words.length === 1) {
          let k = seq.end;
          while (k < s.endToken && ctx.lexicon.adverbsBetween.has(tokens[k]!.lower)) k++;
          const nextIsCue = k < s.endToken && cueStarts.has(tokens[k]!.start);
          if (!nextIsCue && !midSentence.has(nameText) && !nearKnownName(nameText)) continue;
        }
        // "Harbour Watch spokesman Jon Dahl": a name right before a lower-case role and another name is
        // the organisation the role belongs to, not a person
        const after = tokens.slice(seq.end, seq.end + 4);
        const roleNext = after.findIndex((t) => !ctx.lexicon.roleNouns.has(t.lower) && !ctx.lexicon.roleModifiers.has(t.lower));
        if (roleNext > 0 && ctx.lexicon.roleNouns.has(after[roleNext - 1]!.lower) && startsLower(after[0]!.text) && isCapitalized(after[roleNext])) continue;
        const end = nameWords[0]!.start + nameText.length;
        const title = titleWords > 0 ? words.slice(0, titleWords).map((w) => w.text).join(' ').replace(/ \./g, '.') : null;
        // "said former Gov. Jon Dahl": a lower-case word of tenure before the title belongs to the role
        const tenure = tokens[seq.first - 1];
        const role = title && tenure && tenure.sentence === first.sentence && ctx.lexicon.tenureModifiers.has(tenure.text) ? `${tenure.text} ${title}` : title;
        const gender = title && /^(Mr\.?|Sir|Lord|King|Prince|Father|Brother|Spokesman|Congressman|Councilman|Assemblyman|Chairman)$/u.test(title) ? 'male'
          : title && /^(Mrs\.?|Ms\.?|Miss|Dame|Lady|Queen|Princess|Sister|Spokeswoman|Congresswoman|Councilwoman|Assemblywoman|Chairwoman)$/u.test(title) ? 'female' : null;
        const mention = ctx.add({
          start: first.start, end, type: 'name', gender,
          name: { start: nameWords[0]!.start, end, text: nameText },
        });
        if (role && title && !/^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?$/u.test(title)) ctx.setRole(mention, role);
      }
    }
  },
});
