import type { Analysis, Quote, Speaker } from '../schema/result.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { speakerColour, UNATTRIBUTED_COLOUR, type SpeakerColour } from './palette.js';
import { segmentText, type Mark, type Segment } from './segments.js';
import { PAGE_CSS } from './page-style.js';
import { PAGE_SCRIPT } from './page-script.js';
import { plural } from './quote-text.js';
import { roleForReport } from './speaker-role.js';

/** Options of `renderHtml`. */
export interface HtmlReportOptions {
  /** The page title; defaults to the article's title line, then "whosaid report". */
  readonly title?: string;
  /** A link shown in the header (batch pages point back to their index). */
  readonly backLink?: { readonly href: string; readonly label: string };
}

/** What the page's script shows in a quote's card. */
interface CardData {
  id: string;
  kind: Quote['kind'];
  text: string;
  speakerId: string | null;
  speaker: string | null;
  role: string | null;
  speakerReason: string | null;
  mention: string | null;
  cue: string | null;
  addressee: string | null;
  confidence: number;
  rules: string[];
}

const MAX_CARD_TEXT = 400;

function cardData(q: Quote): CardData {
  const text = q.parts ? q.parts.map((p) => p.text).join(' … ') : q.text;
  return {
    id: q.id,
    kind: q.kind,
    text: text.length > MAX_CARD_TEXT ? `${text.slice(0, MAX_CARD_TEXT - 1)}…` : text,
    speakerId: q.speakerId,
    speaker: q.speaker?.name ?? null,
    role: q.speaker?.role ?? null,
    speakerReason: q.speakerReason,
    mention: q.mention ? `${q.mention.text} (${q.mention.type})` : null,
    cue: q.cue ? (q.cue.lemma && q.cue.lemma !== q.cue.text.toLowerCase() ? `${q.cue.text} (${q.cue.lemma})` : q.cue.text) : null,
    addressee: q.addressee?.text ?? null,
    confidence: q.confidence,
    rules: q.rules,
  };
}

function collectMarks(analysis: Analysis): Mark[] {
  const marks: Mark[] = analysis.article.boilerplate.map((b) => ({ start: b.start, end: b.end, kind: 'boilerplate', owner: -1 }));
  analysis.speakers.forEach((s, i) => {
    for (const m of s.mentions) marks.push({ start: m.start, end: m.end, kind: 'alias', owner: i });
  });
  analysis.quotes.forEach((q, i) => {
    for (const p of q.parts ?? [q]) marks.push({ start: p.start, end: p.end, kind: 'quote', owner: i });
    if (q.cue) marks.push({ start: q.cue.start, end: q.cue.end, kind: 'cue', owner: i });
    if (q.mention) marks.push({ start: q.mention.start, end: q.mention.end, kind: 'mention', owner: i });
  });
  return marks;
}

const colourClass = (speakerIdx: number | undefined) => (speakerIdx === undefined ? 'sp-none' : `sp-${speakerIdx}`);

function renderSegment(text: string, seg: Segment, quotes: readonly Quote[], speakerIndex: ReadonlyMap<string, number>): string {
  const content = escapeHtml(text.slice(seg.start, seg.end));
  if (seg.marks.length === 0) return content;
  const classes: string[] = [];
  const quoteSpeaker = (i: number) => {
    const id = quotes[i]?.speakerId;
    return id ? speakerIndex.get(id) : undefined;
  };
  // the innermost quote wins where quotes nest
  const quoteMarks = seg.marks.filter((m) => m.kind === 'quote').sort((a, b) => a.end - a.start - (b.end - b.start));
  const inner = quoteMarks[0];
  const cue = seg.marks.find((m) => m.kind === 'cue');
  const mention = seg.marks.find((m) => m.kind === 'mention');
  const alias = seg.marks.find((m) => m.kind === 'alias');
  const owner = inner ?? cue ?? mention;
  if (inner) classes.push('q', `k-${quotes[inner.owner]!.kind}`);
  if (cue) classes.push('cue');
  if (mention) classes.push('men');
  else if (alias && !cue) classes.push('alias');
  if (seg.marks.some((m) => m.kind === 'boilerplate')) classes.push('bp');
  if (owner) classes.push(colourClass(quoteSpeaker(owner.owner)));
  else if (alias) classes.push(`sp-${alias.owner}`);
  const attrs = owner ? ` data-q="${escapeHtml(quotes[owner.owner]!.id)}"${inner ? ' tabindex="0"' : ''}` : '';
  return `<span class="${classes.join(' ')}"${attrs}>${content}</span>`;
}

function colourRules(speakers: readonly Speaker[]): string {
  const rule = (cls: string, c: SpeakerColour) => `.${cls}{--bg:${c.background};--fg:${c.strong}}`;
  return [rule('sp-none', UNATTRIBUTED_COLOUR), ...speakers.map((_, i) => rule(`sp-${i}`, speakerColour(i)))].join('\n');
}

function speakerPanel(analysis: Analysis): string {
  const counts = new Map<string | null, number>();
  for (const q of analysis.quotes) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  const items = analysis.speakers.map((s, i) => {
    const role = roleForReport(s);
    const aliases = s.aliases.filter((a) => a !== s.name);
    return `<li class="speaker sp-${i}" data-speaker="${escapeHtml(s.id)}" title="${escapeHtml(s.type)}"><span class="swatch"></span>`
      + `<span class="who"><span class="name">${escapeHtml(s.name)}</span>`
      + (role ? `<span class="role">${escapeHtml(role)}</span>` : '')
      + (aliases.length ? `<span class="aliases">also: ${escapeHtml(aliases.join('; '))}</span>` : '')
      + `</span><span class="count" title="quotes">${counts.get(s.id) ?? 0}</span></li>`;
  });
  const none = counts.get(null);
  if (none) items.push(`<li class="speaker sp-none" data-speaker=""><span class="swatch"></span><span class="who"><span class="name">Unattributed</span></span><span class="count">${none}</span></li>`);
  return `<h2>Speakers</h2><ul class="speakers">${items.join('') || '<li>No speakers found.</li>'}</ul>`;
}

const KIND_LEGEND = `<h2>Kinds</h2><ul class="kinds">`
  + `<li><span class="q k-direct sp-none">direct</span> quoted words</li>`
  + `<li><span class="q k-mixed sp-none">mixed</span> quote inside reported speech</li>`
  + `<li><span class="q k-indirect sp-none">indirect</span> reported speech</li>`
  + `<li><span class="cue sp-none">cue</span> <span class="men sp-none">mention</span> <span class="bp">boilerplate</span></li></ul>`;

function discardedList(analysis: Analysis): string {
  if (analysis.discarded.length === 0) return '';
  const items = analysis.discarded.map((d) => `<li>${escapeHtml(d.what)} “${escapeHtml(d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text)}”: ${escapeHtml(d.reason)} <small>(${escapeHtml(d.rule)})</small></li>`);
  return `<details><summary>Set aside (${analysis.discarded.length})</summary><ul>${items.join('')}</ul></details>`;
}

function summaryLine(analysis: Analysis): string {
  const byKind = { direct: 0, mixed: 0, indirect: 0 };
  for (const q of analysis.quotes) byKind[q.kind]++;
  return `${plural(analysis.quotes.length, 'quote')} (${byKind.direct} direct, ${byKind.mixed} mixed, ${byKind.indirect} indirect) from ${plural(analysis.speakers.length, 'speaker')}`;
}

/**
 * Renders one self-contained HTML page for an article and its analysis: every quote highlighted in its
 * speaker's colour, cue and speaker mention underlined, a card with speaker, role, cue, rules and confidence
 * on click, a panel of speakers with roles and quote counts, and boilerplate greyed out. No network, no
 * external assets; every piece of the article is escaped. Pure: works in a browser as well as in Node.
 */
export function renderHtml(text: string, analysis: Analysis, options: HtmlReportOptions = {}): string {
  const speakerIndex = new Map(analysis.speakers.map((s, i) => [s.id, i]));
  const segments = segmentText(text.length, collectMarks(analysis));
  const body = segments.map((seg) => renderSegment(text, seg, analysis.quotes, speakerIndex)).join('');
  const title = options.title ?? analysis.article.title?.text ?? 'whosaid report';
  const back = options.backLink ? ` · <a href="${escapeHtml(options.backLink.href)}">${escapeHtml(options.backLink.label)}</a>` : '';
  const data = { quotes: analysis.quotes.map(cardData) };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}
${colourRules(analysis.speakers)}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>${summaryLine(analysis)}${back}</p></header>
<div class="layout">
<article id="article">${body}</article>
<aside>${speakerPanel(analysis)}${KIND_LEGEND}${discardedList(analysis)}</aside>
</div>
<div id="card" role="dialog" aria-live="polite" hidden></div>
<script type="application/json" id="whosaid-data">${jsonForScript(data)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
