import type { GoldQuote, PredictedQuote } from './gold.js';
import { overlaps } from './match.js';

/** An unquoted attribution counts for indirect recall when its cue's first word starts with one of these. */
export const SPEECH_STEMS: readonly string[] = [
  'say', 'said', 'tell', 'told', 'accord', 'add', 'writ', 'wrote', 'ask', 'state', 'explain', 'note', 'noting', 'argu', 'claim',
  'insist', 'warn', 'announc', 'declar', 'stress', 'emphasi', 'continu', 'recall', 'acknowledg', 'admit', 'repl', 'respond', 'tweet',
  'confirm', 'suggest', 'predict', 'describ', 'point', 'conclud', 'assert', 'maintain', 'report', 'deni', 'deny', 'urg', 'vow',
  'promis', 'complain', 'remark', 'observ', 'comment',
];

export function isSpeechCue(cue: string | null | undefined): boolean {
  const word = (cue ?? '').trim().toLowerCase().split(/\s+/)[0] ?? '';
  return word.length > 1 && SPEECH_STEMS.some((s) => word.startsWith(s));
}

/** The predicted speaker's name, whether `speaker` is an object or a bare string. */
export function predictedName(q: PredictedQuote): string | null {
  return (typeof q.speaker === 'string' ? q.speaker : q.speaker?.name) ?? null;
}

export function predictedRole(q: PredictedQuote): string | null {
  return (typeof q.speaker === 'object' ? q.speaker?.role : q.role) ?? null;
}

/** Lower-cases, unifies apostrophes, drops a leading article and folds spaces, commas and full stops. */
export function normalizeName(s: string | null | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(a|an|the)\s+/, '')
    .replace(/[\s,.]+/g, ' ')
    .trim();
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the gold quote has a speaker to check against (a span or a resolved name). */
export const goldHasSpeaker = (g: GoldQuote): boolean => g.speakerStart != null || !!g.speakerName;

/** The gold speaker's pieces: its parts when it has some, else its one span (none when it has no span). */
export function goldSpeakerSpans(g: GoldQuote): { start: number; end: number }[] {
  if (g.speakerStart == null || g.speakerEnd == null) return [];
  return g.speakerParts?.length ? g.speakerParts : [{ start: g.speakerStart, end: g.speakerEnd }];
}

/**
 * The prediction names the gold speaker when its name equals the resolved gold name, its mention overlaps the gold
 * speaker span, or the last word (3+ letters) of its name appears in the gold speaker span.
 */
export function speakerCorrect(g: GoldQuote, p: PredictedQuote, text: string): boolean {
  if (g.speakerName && normalizeName(predictedName(p)) === normalizeName(g.speakerName)) return true;
  const spans = goldSpeakerSpans(g);
  if (!spans.length) return false;
  if (p.mention && spans.some((s) => overlaps(s, p.mention!))) return true;
  const name = predictedName(p);
  if (!name) return false;
  const goldText = spans.map((s) => text.slice(s.start, s.end)).join(' ').toLowerCase();
  const last = name.toLowerCase().replace(/[’']s$/, '').split(/\s+/).filter((w) => w.length >= 3).pop();
  return !!last && new RegExp(`\\b${escapeRegExp(last)}\\b`).test(goldText);
}
