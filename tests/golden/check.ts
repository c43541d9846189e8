/**
 * Golden-fixture checking: compares an `Analysis` with a hand-written `fixtures/NAME.expected.json`.
 *
 * Conventions of the expected files (see also the shared brief in the fixtures' descriptions):
 * - quote `text` (or each of `parts`) is the content without its quotation marks; texts are compared after trimming
 *   white space, quotation marks and , . ; : at both ends, and collapsing inner runs of white space;
 * - `speaker` is the resolved full name for persons, the phrase as written for groups and organisations; names are
 *   compared case-insensitively, ignoring a leading "the" and curly/straight apostrophe differences. For a group or
 *   organisation (a speaker not listed in `speakers`), a speaker resolved to a fuller name is accepted when the phrase
 *   as written is among its aliases ("the institute" -> "Nordkapp Marine Institute", aliases [..., "The institute"]);
 * - `role` is the role as written without a leading article; when the speaker's entry gives an `affiliation`, the
 *   role may also carry it ("senior economist" or "senior economist at Dunes Capital Bank");
 * - `mention`, `cue` (lemma) and `addressee` are only checked when given.
 */
import { z } from 'zod';
import { AnalysisSchema, type Analysis, type Quote, type Speaker } from '../../src/index';

const KindSchema = z.enum(['direct', 'mixed', 'indirect']);

export const ExpectedQuoteSchema = z
  .strictObject({
    kind: KindSchema,
    text: z.string().min(1).optional(),
    parts: z.array(z.string().min(1)).min(2).optional(),
    /** null: the article never names the speaker ("A spokesman for the firm said"); give the `mention` then. */
    speaker: z.string().min(1).nullable(),
    role: z.string().min(1).optional(),
    mention: z.string().min(1).optional(),
    cue: z.string().min(1).optional(),
    addressee: z.string().min(1).optional(),
  })
  .refine((q) => q.text !== undefined || q.parts !== undefined, 'a quote needs text or parts')
  .refine((q) => q.speaker !== null || q.mention !== undefined, 'a quote with no named speaker needs its mention');

export const ExpectedSpeakerSchema = z.strictObject({
  name: z.string().min(1),
  role: z.string().min(1).optional(),
  affiliation: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
});

export const ExpectedSchema = z.strictObject({
  description: z.string().min(1),
  article: z
    .strictObject({
      title: z.string().optional(),
      publisher: z.string().optional(),
      country: z.string().optional(),
      date: z.string().optional(),
      headings: z.array(z.string()).optional(),
    })
    .optional(),
  quotes: z.array(ExpectedQuoteSchema),
  speakers: z.array(ExpectedSpeakerSchema).default([]),
  notQuotes: z.array(z.string().min(1)).default([]),
  boilerplate: z.array(z.string().min(1)).default([]),
  allowExtraIndirect: z.boolean().default(false),
});

export type ExpectedQuote = z.infer<typeof ExpectedQuoteSchema>;
export type ExpectedSpeaker = z.infer<typeof ExpectedSpeakerSchema>;
export type Expected = z.infer<typeof ExpectedSchema>;

export interface CheckResult {
  /** Number of individual checks made. */
  total: number;
  /** Number of failed checks (checks that depend on a missing quote or speaker count as failed). */
  failed: number;
  /** One line per failed check that could be made: what was expected and what came out. */
  failures: string[];
}

const EDGE = /^[\s"'“”‘’«»„‚‹›,.;:]+|[\s"'“”‘’«»„‚‹›,.;:]+$/gu;

/** Quote text as compared: trimmed of white space, quote marks and , . ; : at both ends, inner white space collapsed. */
export const normText = (s: string): string => s.replace(EDGE, '').replace(/\s+/gu, ' ');

/** A name or phrase as compared: lower case, no leading "the", apostrophes unified. */
export const normName = (s: string): string =>
  s.replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim().replace(/[.,;:]+$/u, '').toLowerCase().replace(/^the /u, '');

/** A role as compared: lower case, no leading article. */
export const normRole = (s: string): string => normName(s).replace(/^(a|an) /u, '');

export function roleMatches(expected: string, got: string | null | undefined, affiliation?: string): boolean {
  if (got === null || got === undefined) return false;
  const e = normRole(expected);
  const g = normRole(got);
  if (e === g) return true;
  if (!affiliation) return false;
  const a = normName(affiliation);
  return [' at ', ' of ', ' at the ', ' of the '].some((sep) => g === `${e}${sep}${a}`);
}

const short = (s: string, n = 90): string => {
  const one = s.replace(/\s+/gu, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
const show = (s: string | null | undefined): string => (s === null || s === undefined ? 'null' : JSON.stringify(s));

function describeExpected(q: ExpectedQuote): string {
  return q.parts ? `${q.kind} [${q.parts.map((p) => JSON.stringify(short(p, 50))).join(' / ')}]` : `${q.kind} ${JSON.stringify(short(q.text ?? ''))}`;
}

function describeGot(q: Quote, speakerName: string | null): string {
  const body = q.parts ? `[${q.parts.map((p) => JSON.stringify(short(p.text, 50))).join(' / ')}]` : JSON.stringify(short(q.text));
  return `${q.kind} ${body} (speaker ${show(speakerName)}, mention ${show(q.mention?.text)}, cue ${show(q.cue?.lemma)})`;
}

/** All offsets at which `needle` occurs in `hay`. */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** Where an expected quote lies in the input (first occurrence), or null when its text is not there. */
export function expectedSpan(input: string, q: ExpectedQuote): { start: number; end: number } | null {
  if (q.parts) {
    const first = q.parts[0]!;
    const start = input.indexOf(first);
    if (start === -1) return null;
    let at = start;
    for (const part of q.parts) {
      const i = input.indexOf(part, at);
      if (i === -1) return null;
      at = i + part.length;
    }
    return { start, end: at };
  }
  const start = input.indexOf(q.text ?? '');
  return start === -1 ? null : { start, end: start + (q.text ?? '').length };
}

function textMatches(expected: ExpectedQuote, got: Quote): boolean {
  if (expected.parts) {
    if (!got.parts || got.parts.length !== expected.parts.length) return false;
    return got.parts.every((p, i) => normText(p.text) === normText(expected.parts![i]!));
  }
  return normText(got.text) === normText(expected.text ?? '');
}

/** Compares one analysis with its expected file. Never throws: every mismatch becomes a failure line. */
export function checkFixture(input: string, expected: Expected, analysis: Analysis): CheckResult {
  const failures: string[] = [];
  let total = 0;
  let failed = 0;
  const check = (ok: boolean, message: () => string): boolean => {
    total += 1;
    if (!ok) {
      failed += 1;
      failures.push(message());
    }
    return ok;
  };
  /** Checks that cannot be made because what they look at is missing: counted as failed, not listed. */
  const unchecked = (n: number): void => {
    total += n;
    failed += n;
  };

  const speakerById = new Map<string, Speaker>(analysis.speakers.map((s) => [s.id, s]));
  const nameOf = (q: Quote): string | null => q.speaker?.name ?? (q.speakerId ? speakerById.get(q.speakerId)?.name ?? null : null);
  const roleOf = (q: Quote): string | null => q.speaker?.role ?? (q.speakerId ? speakerById.get(q.speakerId)?.role ?? null : null);
  const affiliationOf = new Map<string, string>();
  for (const s of expected.speakers) if (s.affiliation) affiliationOf.set(normName(s.name), s.affiliation);

  // --- invariants: the output is well-formed and every span's text is its slice of the input
  const parsed = AnalysisSchema.safeParse(analysis);
  check(parsed.success, () => `invariant: output does not match AnalysisSchema: ${parsed.error?.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const spanErrors: string[] = [];
  const slice = (s: { start: number; end: number }) => input.slice(s.start, s.end);
  for (const q of analysis.quotes) {
    if (q.text !== slice(q)) spanErrors.push(`quote ${q.id}: text ${show(short(q.text, 40))} !== input.slice(${q.start}, ${q.end}) ${show(short(slice(q), 40))}`);
    for (const p of q.parts ?? []) {
      if (p.text !== slice(p)) spanErrors.push(`quote ${q.id}: part ${show(short(p.text, 40))} !== its slice ${show(short(slice(p), 40))}`);
      if (p.start < q.start || p.end > q.end) spanErrors.push(`quote ${q.id}: part [${p.start}, ${p.end}) lies outside the quote [${q.start}, ${q.end})`);
    }
    for (const [what, span] of [['cue', q.cue], ['mention', q.mention], ['addressee', q.addressee]] as const) {
      if (span && span.text !== slice(span)) spanErrors.push(`quote ${q.id}: ${what} ${show(span.text)} !== its slice ${show(slice(span))}`);
    }
  }
  for (const s of analysis.speakers) {
    for (const m of s.mentions) if (m.text !== slice(m)) spanErrors.push(`speaker ${show(s.name)}: mention ${show(m.text)} !== its slice ${show(slice(m))}`);
  }
  check(spanErrors.length === 0, () => `invariant: span text differs from input.slice(start, end):\n      ${spanErrors.slice(0, 8).join('\n      ')}`);

  // --- expected quotes
  const matched = new Set<Quote>();
  for (const exp of expected.quotes) {
    const label = describeExpected(exp);
    const candidates = analysis.quotes.filter((q) => !matched.has(q) && textMatches(exp, q));
    const got = candidates.find((q) => q.kind === exp.kind) ?? candidates[0];
    const dependent = 2 + (exp.role ? 1 : 0) + (exp.mention ? 1 : 0) + (exp.cue ? 1 : 0) + (exp.addressee ? 1 : 0);
    if (!got) {
      const span = expectedSpan(input, exp);
      const near = span ? analysis.quotes.filter((q) => q.start < span.end && q.end > span.start) : [];
      const nearText = near.length ? near.map((q) => describeGot(q, nameOf(q))).join('\n      ') : 'no overlapping quote';
      check(false, () => `missing quote: ${label} by ${show(exp.speaker)}\n      got: ${nearText}`);
      unchecked(dependent);
      continue;
    }
    matched.add(got);
    check(true, () => '');
    check(got.kind === exp.kind, () => `kind of ${label}: expected ${exp.kind}, got ${got.kind}`);
    const name = nameOf(got);
    const isPerson = exp.speaker !== null && expected.speakers.some((s) => normName(s.name) === normName(exp.speaker!));
    const resolvedAliases = (got.speakerId ? speakerById.get(got.speakerId)?.aliases ?? [] : []).map(normName);
    const speakerOk = exp.speaker === null ? name === null : name !== null && (normName(name) === normName(exp.speaker) || (!isPerson && resolvedAliases.includes(normName(exp.speaker))));
    check(speakerOk, () => `speaker of ${label}: expected ${show(exp.speaker)}, got ${show(name)}${got.speakerReason ? ` (${got.speakerReason})` : ''}`);
    if (exp.role) {
      const role = roleOf(got);
      check(roleMatches(exp.role, role, exp.speaker === null ? undefined : affiliationOf.get(normName(exp.speaker))), () => `role of ${label}: expected ${show(exp.role)}, got ${show(role)}`);
    }
    if (exp.mention) check(got.mention !== null && normName(got.mention.text) === normName(exp.mention), () => `mention of ${label}: expected ${show(exp.mention)}, got ${show(got.mention?.text)}`);
    if (exp.cue) check(got.cue !== null && got.cue.lemma.toLowerCase() === exp.cue.toLowerCase(), () => `cue of ${label}: expected ${show(exp.cue)}, got ${show(got.cue?.lemma)}${got.cue ? ` (${show(got.cue.text)})` : ''}`);
    if (exp.addressee) check(got.addressee !== null && normName(got.addressee.text) === normName(exp.addressee), () => `addressee of ${label}: expected ${show(exp.addressee)}, got ${show(got.addressee?.text)}`);
  }

  // --- nothing else is reported
  const extras = analysis.quotes.filter((q) => !matched.has(q) && (q.kind !== 'indirect' || !expected.allowExtraIndirect));
  check(extras.length === 0, () => `${extras.length} unexpected quote(s):\n      ${extras.map((q) => describeGot(q, nameOf(q))).join('\n      ')}`);

  for (const nq of expected.notQuotes) {
    const n = normText(nq);
    const bad = analysis.quotes.filter((q) => normText(q.text) === n || (q.parts ?? []).some((p) => normText(p.text) === n) || (!matched.has(q) && q.text.includes(nq)));
    check(bad.length === 0, () => `not a quote, but reported: ${show(nq)} as ${bad.map((q) => describeGot(q, nameOf(q))).join('; ')}`);
  }

  // --- article fields
  if (expected.article) {
    for (const field of ['title', 'publisher', 'country', 'date'] as const) {
      const want = expected.article[field];
      if (want === undefined) continue;
      const got = analysis.article[field]?.text ?? null;
      check(got !== null && normText(got) === normText(want), () => `article.${field}: expected ${show(want)}, got ${show(got)}`);
    }
    if (expected.article.headings) {
      const want = expected.article.headings.map(normText);
      const got = analysis.article.headings.map((h) => normText(h.text));
      check(JSON.stringify(want) === JSON.stringify(got), () => `article.headings: expected ${JSON.stringify(expected.article!.headings)}, got ${JSON.stringify(analysis.article.headings.map((h) => h.text))}`);
    }
  }

  // --- boilerplate lines are recognised and nothing inside them is reported
  for (const line of expected.boilerplate) {
    const spans = occurrences(input, line).map((start) => ({ start, end: start + line.length }));
    const uncovered = spans.filter((s) => !analysis.article.boilerplate.some((b) => b.start <= s.start && b.end >= s.end));
    const inside = analysis.quotes.filter((q) => spans.some((s) => q.start < s.end && q.end > s.start));
    check(spans.length > 0 && uncovered.length === 0 && inside.length === 0, () =>
      `boilerplate ${show(short(line, 70))}: ${spans.length === 0 ? 'line not in input' : uncovered.length ? 'not recognised as boilerplate' : `quote reported inside it: ${inside.map((q) => describeGot(q, nameOf(q))).join('; ')}`}`);
  }

  // --- speakers
  for (const exp of expected.speakers) {
    const same = analysis.speakers.filter((s) => normName(s.name) === normName(exp.name));
    const got = same.find((s) => s.type === 'person') ?? same[0];
    const dependent = (exp.role ? 1 : 0) + (exp.affiliation ? 1 : 0) + exp.aliases.length;
    if (!check(got !== undefined && got.type === 'person', () =>
      got ? `speaker ${show(exp.name)}: expected a person, got type ${got.type}` : `speaker ${show(exp.name)} missing; speakers are ${JSON.stringify(analysis.speakers.map((s) => s.name))}`) || !got) {
      unchecked(dependent);
      continue;
    }
    if (exp.role) check(roleMatches(exp.role, got.role, exp.affiliation), () => `speaker ${show(exp.name)} role: expected ${show(exp.role)}, got ${show(got.role)}`);
    if (exp.affiliation) check(got.affiliation !== null && normName(got.affiliation) === normName(exp.affiliation), () => `speaker ${show(exp.name)} affiliation: expected ${show(exp.affiliation)}, got ${show(got.affiliation)}`);
    const aliases = new Set(got.aliases.map(normName));
    for (const alias of exp.aliases) {
      check(aliases.has(normName(alias)), () => {
        const elsewhere = analysis.speakers.find((s) => s !== got && s.aliases.some((a) => normName(a) === normName(alias)));
        return `speaker ${show(exp.name)} alias ${show(alias)} missing; aliases are ${JSON.stringify(got.aliases)}${elsewhere ? ` (it belongs to separate speaker ${show(elsewhere.name)})` : ''}`;
      });
    }
  }

  return { total, failed, failures };
}

/** Checks that an expected file fits its article: every text it quotes is really in the input. */
export function checkFixtureFile(input: string, expected: Expected): string[] {
  const problems: string[] = [];
  const lines = new Set(input.split('\n').map((l) => l.trim()));
  for (const q of expected.quotes) {
    for (const piece of q.parts ?? [q.text ?? '']) {
      const n = occurrences(input, piece).length;
      if (n === 0) problems.push(`quote text not in the article: ${JSON.stringify(short(piece))}`);
    }
    if (q.parts && !expectedSpan(input, q)) problems.push(`parts not in order in the article: ${JSON.stringify(short(q.parts[0]!))}`);
    if (q.mention && !input.includes(q.mention)) problems.push(`mention not in the article: ${JSON.stringify(q.mention)}`);
    if (q.addressee && !input.includes(q.addressee)) problems.push(`addressee not in the article: ${JSON.stringify(q.addressee)}`);
  }
  for (const s of expected.speakers) {
    for (const alias of s.aliases) if (!input.includes(alias)) problems.push(`alias not in the article: ${JSON.stringify(alias)}`);
    if (s.role && !input.toLowerCase().includes(s.role.toLowerCase())) problems.push(`role not in the article: ${JSON.stringify(s.role)}`);
    if (s.affiliation && !input.includes(s.affiliation)) problems.push(`affiliation not in the article: ${JSON.stringify(s.affiliation)}`);
    if (!expected.quotes.some((q) => q.speaker !== null && normName(q.speaker) === normName(s.name))) problems.push(`speaker ${JSON.stringify(s.name)} speaks no expected quote`);
  }
  for (const nq of expected.notQuotes) if (!input.includes(nq)) problems.push(`notQuote not in the article: ${JSON.stringify(nq)}`);
  for (const b of expected.boilerplate) if (!lines.has(b)) problems.push(`boilerplate is not a whole line of the article: ${JSON.stringify(b)}`);
  const a = expected.article;
  if (a) {
    for (const field of ['title', 'publisher', 'country', 'date'] as const) {
      const v = a[field];
      if (v !== undefined && !lines.has(v)) problems.push(`article.${field} is not a whole line of the article: ${JSON.stringify(v)}`);
    }
    for (const h of a.headings ?? []) if (!lines.has(h)) problems.push(`heading is not a whole line of the article: ${JSON.stringify(h)}`);
  }
  const words = input.split(/\s+/u).filter(Boolean).length;
  if (words < 150 || words > 600) problems.push(`article has ${words} words, outside 150-600`);
  return problems;
}
