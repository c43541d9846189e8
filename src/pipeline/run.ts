import type { Lexicon } from '../lexicon/lexicon.js';
import type { Span } from '../schema/result.js';
import { splitParagraphs } from '../segment/paragraphs.js';
import { splitSentences } from '../segment/sentences.js';
import { tokenizeInto } from '../text/tokens.js';
import { nameWords } from '../resolve/names.js';
import { docView, type DocView } from './doc.js';
import { newDraft, type AttributionDraft, type CueDraft, type Draft, type MentionDraft, type QuoteCandidate } from './draft.js';
import type { AnyRule, AttributeContext, QuotesContext, Rule, StageContexts, StageName } from './rule.js';

export type RulesByStage = { readonly [S in StageName]: readonly Rule<S>[] };


function runSegment(draft: Draft, rules: RulesByStage): void {
  draft.paragraphs = splitParagraphs(draft.text);
  for (const rule of rules.segment) {
    rule.apply({
      text: draft.text,
      lexicon: draft.lexicon,
      paragraphs: draft.paragraphs,
      label(paragraph, label) {
        if (paragraph.label === null) {
          paragraph.label = label;
          paragraph.labelRule = rule.name;
        }
      },
    });
  }
  const prose = draft.paragraphs.filter((p) => p.label !== 'boilerplate');
  draft.sentences = splitSentences(draft.text, prose, draft.lexicon);
  for (const sentence of draft.sentences) {
    sentence.firstToken = draft.tokens.length;
    tokenizeInto(draft.tokens, draft.text, sentence.start, sentence.end, sentence.index);
    sentence.endToken = draft.tokens.length;
  }
}

/**
 * The attribute and reported stages' context. A class, with the live-list getter on its prototype: an object literal
 * with a getter is a slow dictionary object, and rules read `ctx.text`, `ctx.doc`, … in their inner loops.
 */
class AttributeStageContext implements AttributeContext {
  readonly text: string;
  readonly lexicon: Lexicon;
  readonly doc: DocView;
  readonly quotes: readonly QuoteCandidate[];
  readonly cues: readonly CueDraft[];
  readonly mentions: readonly MentionDraft[];
  // the live list is rebuilt only after a drop, merge or addition, not on every read
  private live: AttributionDraft[] | null = null;
  readonly attribute: AttributeContext['attribute'];
  readonly reshape: AttributeContext['reshape'];
  readonly merge: AttributeContext['merge'];
  readonly drop: AttributeContext['drop'];
  readonly addIndirect: AttributeContext['addIndirect'];
  private readonly draft: Draft;

  constructor(draft: Draft, doc: DocView, rule: AnyRule) {
    const name = rule.name;
    const note = (a: AttributionDraft) => {
      if (a.rules[a.rules.length - 1] !== name) a.rules.push(name);
    };
    this.text = draft.text;
    this.lexicon = draft.lexicon;
    this.doc = doc;
    this.quotes = draft.quotes.filter((q) => q.rejected === null);
    this.cues = draft.cues;
    this.mentions = draft.mentions;
    this.draft = draft;
    // methods as own arrow functions, as before: a rule may take them off the context
    this.attribute = (target, { mention, cue, addressee = null, confidence }) => {
      // an attribution already merged into another (or dropped) takes no speaker: rules loop over lists made before the merge
      if (target.dropped !== null || target.mention !== null || target.cue !== null) return;
      target.mention = mention;
      target.cue = cue;
      target.addressee = addressee;
      target.confidence = confidence;
      note(target);
    };
    this.reshape = (target, { kind, parts }) => {
      if (kind) target.kind = kind;
      if (parts) target.parts = parts;
      note(target);
    };
    this.merge = (first, second) => {
      this.live = null;
      if (first.mention === null && first.cue === null && second.mention !== null) {
        first.mention = second.mention;
        first.cue = second.cue;
        first.addressee = second.addressee;
        first.confidence = second.confidence;
      }
      first.parts = [...first.parts, ...second.parts].sort((a, b) => a.start - b.start);
      first.quotes.push(...second.quotes);
      second.dropped = { rule: name, reason: `merged into the quote at ${first.parts[0]!.start}` };
      note(first);
    };
    this.drop = (target, reason) => {
      this.live = null;
      target.dropped = { rule: name, reason };
    };
    this.addIndirect = ({ parts, mention, cue, addressee = null, confidence }) => {
      this.live = null;
      const a: AttributionDraft = {
        id: draft.nextId++, kind: 'indirect', parts, quotes: [], cue, mention, addressee, confidence, rules: [name], dropped: null,
      };
      // keep text order, so later rules walk the attributions as the article reads
      let lo = 0;
      let hi = draft.attributions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (draft.attributions[mid]!.parts[0]!.start <= parts[0]!.start) lo = mid + 1;
        else hi = mid;
      }
      draft.attributions.splice(lo, 0, a);
      return a;
    };
  }

  get attributions(): readonly AttributionDraft[] {
    this.live ??= this.draft.attributions.filter((a) => a.dropped === null);
    return this.live;
  }
}

/** The quotes stage's context: a class for the same reason as `AttributeStageContext`. */
class QuotesStageContext implements QuotesContext {
  readonly text: string;
  readonly lexicon: Lexicon;
  readonly doc: DocView;
  readonly add: QuotesContext['add'];
  readonly reject: QuotesContext['reject'];
  private readonly draft: Draft;

  constructor(draft: Draft, doc: DocView, rule: AnyRule) {
    this.text = draft.text;
    this.lexicon = draft.lexicon;
    this.doc = doc;
    this.draft = draft;
    this.add = (c) => {
      // explicit fields, one object shape: spread copies make slow dictionary objects on this hot path
      const candidate: QuoteCandidate = {
        start: c.start, end: c.end, open: c.open, close: c.close, marks: c.marks, id: draft.nextId++, rules: [rule.name], rejected: null,
      };
      draft.quotes.push(candidate);
      return candidate;
    };
    this.reject = (candidate, reason) => {
      if (candidate.rejected === null) candidate.rejected = { rule: rule.name, reason };
    };
  }

  get candidates(): readonly QuoteCandidate[] {
    return this.draft.quotes;
  }
}

function runResolve(draft: Draft, doc: DocView, rules: readonly Rule<'resolve'>[]): void {
  const ordered = [...draft.mentions].sort((a, b) => a.start - b.start);
  const live = draft.attributions.filter((a) => a.dropped === null);
  const speaking = new Set(live.map((a) => a.mention).filter((m) => m !== null));
  const byId = new Map<string, Draft['speakers'][number]>();
  const words = new Map<string, readonly string[]>();
  const memoWords = (name: string) => {
    let list = words.get(name);
    if (!list) words.set(name, (list = nameWords(name)));
    return list;
  };
  // speakers by each word of their names, so a name is compared with a few speakers, not all of them
  const byWord = new Map<string, Set<Draft['speakers'][number]>>();
  const index = (speaker: Draft['speakers'][number]) => {
    for (const w of memoWords(speaker.name)) {
      let set = byWord.get(w);
      if (!set) byWord.set(w, (set = new Set()));
      set.add(speaker);
    }
  };
  // (made once per article: only link and createSpeaker below depend on the mention)
  const speakerById = (id: string) => byId.get(id);
  const speakersNamed = (word: string) => byWord.get(word) ?? [];
  let ruleName = '';
  ordered.forEach((mention, mentionIndex) => {
    const context: StageContexts['resolve'] = {
      text: draft.text, lexicon: draft.lexicon, doc, mention, mentionIndex, mentions: ordered,
      speakers: draft.speakers, attributions: live, speaking,
      speakerById,
      nameWords: memoWords,
      speakersNamed,
      link(speaker) {
        const name = speaker.name;
        linkMention(speaker, mention, ruleName);
        // (its words are indexed already unless the mention gave it a fuller name)
        if (speaker.name !== name) index(speaker);
      },
      createSpeaker(type, speakerName) {
        const speaker = { id: `s${draft.speakers.length + 1}`, type, name: speakerName, role: null, affiliation: null, gender: null, mentions: [], rules: [] };
        draft.speakers.push(speaker);
        byId.set(speaker.id, speaker);
        linkMention(speaker, mention, ruleName);
        index(speaker);
        return speaker;
      },
    };
    for (const rule of rules) {
      if (mention.speakerId !== null) break;
      ruleName = rule.name;
      rule.apply(context);
    }
  });
}

function linkMention(speaker: Draft['speakers'][number], mention: MentionDraft, rule: string): void {
  mention.speakerId = speaker.id;
  mention.resolveRule = rule;
  speaker.mentions.push(mention);
  if (!speaker.rules.includes(rule)) speaker.rules.push(rule);
  const bare = mention.name?.text ?? (mention.type === 'name' ? mention.text : null);
  if (bare && bare.split(/\s+/).length > speaker.name.split(/\s+/).length) speaker.name = bare;
  if (mention.role && !speaker.role) {
    speaker.role = mention.role.core ?? mention.role.text;
    if (!speaker.rules.includes(mention.role.rule)) speaker.rules.push(mention.role.rule);
  }
  if (mention.affiliation && !speaker.affiliation) {
    speaker.affiliation = mention.affiliation.text;
    if (!speaker.rules.includes(mention.affiliation.rule)) speaker.rules.push(mention.affiliation.rule);
  }
  if (mention.gender && !speaker.gender) speaker.gender = mention.gender;
}

/** Runs every stage's rules over one text. */
export function runPipeline(text: string, lexicon: Lexicon, rules: RulesByStage): Draft {
  const draft = newDraft(text, lexicon);
  runSegment(draft, rules);
  const doc = docView(draft);
  const base = { text, lexicon, doc };

  for (const rule of rules.quotes) rule.apply(new QuotesStageContext(draft, doc, rule));
  draft.quotes.sort((a, b) => a.open - b.open);
  const accepted = draft.quotes.filter((q) => q.rejected === null);

  for (const rule of rules.cues) {
    rule.apply({
      ...base, quotes: accepted, cues: draft.cues,
      add(cue) {
        const made: CueDraft = {
          start: cue.start, end: cue.end, text: cue.text, lemma: cue.lemma, belief: cue.belief, kind: cue.kind, id: draft.nextId++, rule: rule.name,
        };
        draft.cues.push(made);
        return made;
      },
    });
  }
  draft.cues.sort((a, b) => a.start - b.start);

  for (const rule of rules.mentions) {
    rule.apply({
      ...base, quotes: accepted, cues: draft.cues, mentions: draft.mentions,
      add({ start, end, type, name = null, gender = null }) {
        const made: MentionDraft = {
          start, end, text: text.slice(start, end), id: draft.nextId++, type, rule: rule.name, name, role: null, affiliation: null, gender, speakerId: null, resolveRule: null,
        };
        draft.mentions.push(made);
        return made;
      },
      setRole(mention, role, core) {
        if (!mention.role) mention.role = core !== undefined && core !== role ? { text: role, rule: rule.name, core } : { text: role, rule: rule.name };
      },
      setAffiliation(mention, affiliation) {
        if (!mention.affiliation) mention.affiliation = { text: affiliation, rule: rule.name };
      },
    });
  }
  draft.mentions.sort((a, b) => a.start - b.start);

  draft.attributions = accepted.map((q) => ({
    id: draft.nextId++, kind: 'direct', parts: [{ start: q.start, end: q.end }], quotes: [q], cue: null, mention: null,
    addressee: null, confidence: 0, rules: [...q.rules], dropped: null,
  }));
  for (const rule of rules.attribute) rule.apply(new AttributeStageContext(draft, doc, rule));
  for (const rule of rules.reported) rule.apply(new AttributeStageContext(draft, doc, rule));
  draft.attributions.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);

  runResolve(draft, doc, rules.resolve);
  return draft;
}
