import type { Analysis, Discarded, Quote, Speaker, TextSpan } from '../schema/result.js';
import type { AttributionDraft, Draft, MentionDraft, ParagraphLabel } from './draft.js';

const textSpan = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });

function mentionOut(m: MentionDraft) {
  return { start: m.start, end: m.end, text: m.text, type: m.type, rule: m.rule };
}

function reasonFor(a: AttributionDraft): string {
  if (a.mention === null) return a.cue ? 'a cue but no speaker mention was found' : 'no cue or speaker mention was found';
  if (a.mention.speakerId === null) return `the ${a.mention.type} mention "${a.mention.text}" could not be resolved to a speaker`;
  return '';
}

/** Turns the pipeline's drafts into the public result. */
export function buildAnalysis(draft: Draft, minConfidence: number): Analysis {
  const { text } = draft;
  const discarded: Discarded[] = [];
  for (const q of draft.quotes) {
    if (q.rejected) discarded.push({ ...textSpan(text, q.start, q.end), what: 'quote', rule: q.rejected.rule, reason: q.rejected.reason });
  }
  const kept: AttributionDraft[] = [];
  for (const a of draft.attributions) {
    const first = a.parts[0]!;
    const last = a.parts[a.parts.length - 1]!;
    if (a.dropped) {
      if (!a.dropped.reason.startsWith('merged into')) discarded.push({ ...textSpan(text, first.start, last.end), what: 'quote', rule: a.dropped.rule, reason: a.dropped.reason });
    } else if (a.confidence < minConfidence) {
      discarded.push({ ...textSpan(text, first.start, last.end), what: 'quote', rule: 'min-confidence', reason: `confidence ${a.confidence} is below minConfidence ${minConfidence}` });
    } else kept.push(a);
  }

  const speakerIds = new Map<string, string>();
  const speakersOut: Speaker[] = [];
  const byDraftId = new Map(draft.speakers.map((s) => [s.id, s]));
  for (const a of kept) {
    const id = a.mention?.speakerId;
    if (!id || speakerIds.has(id)) continue;
    const s = byDraftId.get(id)!;
    const outId = `s${speakersOut.length + 1}`;
    speakerIds.set(id, outId);
    const aliases: string[] = [];
    for (const m of s.mentions) {
      const alias = m.name?.text ?? m.text;
      if (!aliases.includes(alias)) aliases.push(alias);
    }
    speakersOut.push({ id: outId, type: s.type, name: s.name, role: s.role, affiliation: s.affiliation, aliases, mentions: s.mentions.map(mentionOut), rules: [...s.rules] });
  }

  const quotes: Quote[] = kept.map((a, i) => {
    const start = a.parts[0]!.start;
    const end = a.parts[a.parts.length - 1]!.end;
    const speakerDraft = a.mention?.speakerId ? byDraftId.get(a.mention.speakerId) : undefined;
    const rules = [...a.rules];
    for (const r of [a.cue?.rule, a.mention?.rule, a.mention?.resolveRule]) if (r && !rules.includes(r)) rules.push(r);
    return {
      id: `q${i + 1}`,
      kind: a.kind,
      start,
      end,
      text: text.slice(start, end),
      ...(a.parts.length > 1 ? { parts: a.parts.map((p) => textSpan(text, p.start, p.end)) } : {}),
      cue: a.cue ? { start: a.cue.start, end: a.cue.end, text: a.cue.text, lemma: a.cue.lemma, rule: a.cue.rule } : null,
      mention: a.mention ? mentionOut(a.mention) : null,
      speakerId: speakerDraft ? speakerIds.get(speakerDraft.id)! : null,
      speaker: speakerDraft ? { name: speakerDraft.name, role: speakerDraft.role } : null,
      speakerReason: speakerDraft ? null : reasonFor(a),
      addressee: a.addressee,
      confidence: Math.round(a.confidence * 100) / 100,
      rules,
    };
  });

  const firstOf = (label: ParagraphLabel) => {
    const p = draft.paragraphs.find((x) => x.label === label);
    return p ? textSpan(text, p.start, p.end) : null;
  };
  return {
    quotes,
    speakers: speakersOut,
    article: {
      title: firstOf('title'),
      publisher: firstOf('publisher'),
      date: firstOf('date'),
      country: firstOf('country'),
      headings: draft.paragraphs.filter((p) => p.label === 'heading').map((p) => textSpan(text, p.start, p.end)),
      paragraphs: draft.paragraphs.map((p) => ({ start: p.start, end: p.end })),
      boilerplate: draft.paragraphs.filter((p) => p.label === 'boilerplate').map((p) => ({ start: p.start, end: p.end, rule: p.labelRule ?? 'unknown' })),
      sentences: draft.sentences.map((s) => ({ start: s.start, end: s.end })),
    },
    discarded,
  };
}
