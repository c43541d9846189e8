/**
 * fast-check arbitraries for news-like text: sentences with quotations in every family of marks (some left open,
 * some mismatched), names with titles and roles, reporting verbs before and after, reported speech, apostrophes,
 * and paragraphs joined by any line ending. All words are invented here.
 */
import fc from 'fast-check';

const firstNames = fc.constantFrom('Ilse', 'Omar', 'Brigida', 'Teodor', 'Nkechi', 'Saoirse', 'Vilmos', 'Ayaan', 'Fenna', 'Dario');
const lastNames = fc.constantFrom('Quarrington', 'El-Fassi', 'van Dalen', 'Oduya', 'Strenk', 'McAvoy', 'Ben Salah', 'Ortolan', 'Kowalczyk');
const titles = fc.constantFrom('', '', 'Mayor ', 'Dr. ', 'Sen. ', 'Minister ', 'Mr. ', 'Ms. ', 'Prof. ');
const roles = fc.constantFrom('a spokesman for the Port Authority', 'the deputy mayor', 'an analyst at Brightwater Bank', 'who chairs the committee');
const verbs = fc.constantFrom('said', 'says', 'told', 'told reporters', 'asked', 'added', 'warned', 'explained', 'noted', 'insisted', 'pointed out');
const pronouns = fc.constantFrom('he', 'she', 'they', 'it', 'He', 'She', 'They', 'I', 'we');
const groups = fc.constantFrom('officials', 'Some analysts', 'residents', 'the ministry', 'the Harbour Council', 'NATO');
const words = fc.constantFrom('the', 'plan', 'vote', 'bridge', 'will', 'not', 'be', 'ready', 'before', 'spring', 'costs', 'rose', 'again',
  'Norway’s', 'don’t', 'it\'s', 'rock ’n’ roll', '’90s', 'U.S.', '3.5', 'a.m.', 'Jr.', 'e.g.', '—', '–', '(', ')', ',', ';', ':');
const noise = fc.constantFrom('😀', '👩‍👩‍👧', '𝔘𝔫𝔦', 'مرحبا', 'שלום', '北京市', '東京', 'é', 'e\u0301', '\u200b', '\u00a0', '\t', '\u0000', '\u001b', '\u2028', '\ufeff');

/** Pairs of marks: the usual ones, and some that never close or close with the wrong mark. */
const marks = fc.constantFrom<[string, string]>(
  ['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['« ', ' »'], ['„', '“'], ['‹', '›'], ["''", "''"],
  ['“', ''], ['', '”'], ['"', '”'], ['«', '"'], ['”', '“'],
);

const name = fc.tuple(titles, firstNames, lastNames).map(([t, f, l]) => `${t}${f} ${l}`);
const phrase = fc.array(fc.oneof({ weight: 12, arbitrary: words }, { weight: 1, arbitrary: noise }, { weight: 2, arbitrary: name }), { minLength: 1, maxLength: 12 })
  .map((ws) => ws.join(' '));
const speaker = fc.oneof(name, pronouns, groups, fc.tuple(name, roles).map(([n, r]) => `${n}, ${r},`));

/** How a sentence ends: cleanly, or with stray spaces before its punctuation, or not at all. */
const ending = fc.constantFrom('.', '.', '.', ' .', '  .', ' ,', ' ', '', ' :', ' —', '!', ' ?', '…', ';');

const sentence = fc.oneof(
  fc.tuple(marks, phrase, speaker, verbs, ending).map(([[o, c], p, s, v, e]) => `${o}${p},${c} ${s} ${v}${e}`),
  fc.tuple(speaker, verbs, marks, phrase).map(([s, v, [o, c], p]) => `${s} ${v}: ${o}${p}.${c}`),
  fc.tuple(marks, phrase, verbs, speaker, phrase).map(([[o, c], p, v, s, q]) => `${o}${p},${c} ${v} ${s}, ${o}${q}.${c}`),
  fc.tuple(speaker, verbs, phrase, ending).map(([s, v, p, e]) => `${s} ${v} that ${p}${e}`),
  fc.tuple(speaker, phrase).map(([s, p]) => `According to ${s}, ${p}.`),
  fc.tuple(phrase, speaker, verbs).map(([p, s, v]) => `${p}, ${s} ${v}.`),
  fc.tuple(speaker, verbs, marks, phrase).map(([s, v, [o, c], p]) => `${s} ${v} the deal was ${o}${p}${c} and left.`),
  fc.tuple(marks, phrase).map(([[o, c], p]) => `${o}${p}${c} — ${p}`),
  phrase.map((p) => `${p}.`),
);

const lineBreak = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' ', '\n \n');
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));

/** A whole article: an optional headline and date line, then paragraphs with random line endings. */
export const newsText = fc.tuple(
  fc.option(phrase, { nil: undefined }),
  fc.option(fc.constantFrom('Tuesday, May 6', 'Reuters', 'March 3, 2024'), { nil: undefined }),
  fc.array(fc.tuple(paragraph, lineBreak), { minLength: 1, maxLength: 8 }),
).map(([headline, dateline, paragraphs]) => [
  headline ? `${headline}\n\n` : '',
  dateline ? `${dateline}\n\n` : '',
  ...paragraphs.map(([p, br]) => `${p}${br}`),
].join(''));

/** Any UTF-16 string, lone surrogates included: every code unit is as likely as any other. */
export const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 });

/** Text made of the characters the pipeline reacts to: marks, punctuation, capitals, spaces and line breaks. */
export const markSoup = fc.string({
  unit: fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '.', ',', ':', '—', '!', '?', ' ', '\n', '\r', 'A', 'b', 'said', 'He', 'Mr.', '😀'),
  maxLength: 300,
});
