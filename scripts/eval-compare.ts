/**
 * Measures whosaid and two off-the-shelf quote extractors on the seed article and the held-out PolNeAR split with the
 * project's port of the official scorer, prints the figures and writes docs/evaluation.md.
 *
 *   npm run eval:compare [-- --limit N] [-- --out FILE]
 *
 * compromise: `.quotations()`, with the nearest `.people()` match outside the quote as speaker.
 * quote-parser: `parse(text, 'en')` with its defaults; its `name` span (a rough window) as the speaker mention.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createAnalyzer } from '../src/analyzer.js';
import {
  figuresAt, parseGoldJsonl, predictArticles, scorePredictions, selectSplit,
  type GoldRecord, type PredictedQuote, type PredictionRecord, type ThresholdFigures,
} from '../src/eval/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const shared = path.resolve(root, '../shared');

interface Corpus {
  name: string;
  records: GoldRecord[];
}

interface System {
  name: string;
  version: string;
  predict(records: readonly GoldRecord[]): PredictionRecord[];
}

interface Result {
  corpus: string;
  system: string;
  j05: ThresholdFigures;
  j03: ThresholdFigures;
  msPerArticle: number;
}

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** Where `needle` really is, near the offset a library reported (compromise's offsets drift around quote marks and astral characters). */
function locate(text: string, needle: string, approx: number): number {
  if (!needle) return -1;
  const near = text.indexOf(needle, Math.max(0, approx - 40));
  if (near >= 0 && Math.abs(near - approx) <= 80) return near;
  return text.indexOf(needle);
}

/** A span without the white space and trailing punctuation around it. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:!?]/.test(text[end - 1]!)) end--;
  return { start, end };
}

const whosaid: System = {
  name: 'whosaid',
  version: (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version,
  predict: (records) => predictArticles(records, createAnalyzer()).predictions,
};

interface Match {
  text: string;
  offset: { start: number; length: number };
}

const compromise: System = {
  name: 'compromise',
  version: versionOf('compromise'),
  predict: (records) =>
    records.map(({ id, text }) => {
      const doc = nlp(text);
      const spans = (matches: Match[]) =>
        matches.flatMap((m) => {
          const at = locate(text, m.text.trim(), m.offset.start);
          return at < 0 ? [] : [trimSpan(text, at, at + m.text.trim().length)];
        });
      const people = spans(doc.people().json({ offset: true }) as Match[]);
      const quotes = spans(doc.quotations().json({ offset: true }) as Match[]).map((q): PredictedQuote => {
        const gap = (p: { start: number; end: number }) => (p.end <= q.start ? q.start - p.end : p.start >= q.end ? p.start - q.end : Infinity);
        const nearest = people.reduce<{ start: number; end: number } | null>((best, p) => (gap(p) < (best ? gap(best) : Infinity) ? p : best), null);
        return {
          start: q.start, end: q.end, kind: 'direct',
          mention: nearest, speaker: nearest ? { name: text.slice(nearest.start, nearest.end), role: null } : null,
        };
      });
      return { id, quotes };
    }),
};

interface ParsedQuote {
  index: number;
  text: string;
  name?: { index: number; text?: string };
}
const quoteParser = require('quote-parser') as { parse(text: string, lang: string, options?: object): ParsedQuote[] };

const quoteParserSystem: System = {
  name: 'quote-parser',
  version: versionOf('quote-parser'),
  predict: (records) =>
    records.map(({ id, text }) => ({
      id,
      quotes: (text.trim() ? quoteParser.parse(text, 'en') : []).map((q): PredictedQuote => {
        const name = q.name?.text ? trimSpan(text, q.name.index, q.name.index + q.name.text.length) : null;
        return {
          start: q.index, end: q.index + q.text.length, kind: 'direct',
          mention: name, speaker: name ? { name: text.slice(name.start, name.end), role: null } : null,
        };
      }),
    })),
};

function corpora(limit: number | undefined): Corpus[] {
  const found: Corpus[] = [];
  const load = (name: string, file: string, pick: (r: GoldRecord[]) => GoldRecord[]) => {
    if (!existsSync(file)) return console.error(`skipping ${name}: ${path.relative(root, file)} not found`);
    const records = pick(parseGoldJsonl(readFileSync(file, 'utf8'), file));
    found.push({ name, records: limit === undefined ? records : records.slice(0, limit) });
  };
  load('seed article', path.join(shared, 'seed/seed-gold.jsonl'), (r) => r);
  load('PolNeAR held-out', path.join(shared, 'datasets/polnear-train.jsonl'), (r) => selectSplit(r, 'heldout'));
  // PolNeAR derived `kind` from quotation marks but not from doubled apostrophes (''like this''), so in articles set
  // that way every quote is gold `indirect`; this row leaves those articles out to show what the artefact costs.
  load(`PolNeAR held-out without ''`, path.join(shared, 'datasets/polnear-train.jsonl'), (r) => selectSplit(r, 'heldout').filter((g) => !g.text.includes("''")));
  return found;
}

const f = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(3));

function table(results: readonly Result[], key: 'j05' | 'j03'): string {
  const head = '| corpus | system | quote P | quote R | quote F1 | speaker acc | attribution F1 | indirect P | indirect R | name acc | role acc |';
  const rule = `|${'---|'.repeat(2)}${'---:|'.repeat(9)}`;
  const rows = results.map((r) => {
    const x = r[key];
    const indirectP = x.counts.indPred ? f(x.indirectP) : '–';
    return `| ${r.corpus} | ${r.system} | ${f(x.quoteP)} | ${f(x.quoteR)} | ${f(x.quoteF1)} | ${f(x.speakerAcc)} | ${f(x.attributionF1)} | ${indirectP} | ${f(x.indirectR)} | ${f(x.nameAcc)} | ${f(x.roleAcc)} |`;
  });
  return [head, rule, ...rows].join('\n');
}

function markdown(results: readonly Result[], corpusList: readonly Corpus[], systems: readonly System[]): string {
  const sizes = corpusList.map((c) => `${c.name}: ${c.records.length} article${c.records.length === 1 ? '' : 's'}`).join('; ');
  const timed = corpusList.find((c) => c.name === 'PolNeAR held-out')?.name ?? corpusList[corpusList.length - 1]!.name;
  const speed = results.filter((r) => r.corpus === timed).map((r) => `${r.system} ${r.msPerArticle.toFixed(1)} ms`).join(', ');
  return `# Evaluation

<!-- Generated by \`npm run eval:compare\` (scripts/eval-compare.ts). Do not edit by hand: run it again. -->

Measured on this machine with the project's scorer (\`src/eval\`, a port of the official \`score.mjs\` that gives the
same figures on the same files). Corpora: ${sizes}. Systems: ${systems.map((s) => `${s.name} ${s.version}`).join(', ')}.
The held-out split is one PolNeAR article in five by a hash of its id (\`src/eval/split.ts\`); error analysis during
development sampled all 840 training articles, so it is not a clean held-out set.

## Measured here, Jaccard ≥ 0.5

${table(results, 'j05')}

## Measured here, Jaccard ≥ 0.3

${table(results, 'j03')}

Time per article on ${timed}: ${speed}.

- **quote P/R/F1**: direct and mixed quotes; each quote is the set of its characters other than white space, quotation
  marks and punctuation, matched one to one (best Jaccard first) at or above the threshold. A predicted quote matching no
  gold attribution (scare quote, title, nickname) is a false positive.
- **speaker acc**: of the matched quotes with a gold speaker, the share whose speaker mention overlaps the gold speaker
  span, or whose speaker name's last word appears in it, or (seed) whose resolved name equals the gold name.
- **attribution F1**: quote matched *and* speaker right, over all predicted and all gold direct/mixed quotes.
- **indirect P/R**: unquoted reported speech; recall over gold attributions whose cue is a speech verb, precision over
  predicted ones against all gold attributions (– when a system predicts none). compromise and quote-parser report no
  indirect speech; a quote of theirs that happens to match a gold indirect attribution still counts for its recall.
- **name/role acc**: seed only, the resolved full name and role, compared after lower-casing and dropping a leading article.
- **PolNeAR held-out**: the ${corpusList.find((c) => c.name.startsWith('PolNeAR'))?.records.length ?? 'about one in five'} articles of the PolNeAR train file whose id hashes to the held-out fifth
  (\`isHeldOut\` in \`src/eval/split.ts\`).
- **PolNeAR held-out without ''**: the same articles less those that set quotes in doubled apostrophes (\`''…''\`, as some
  papers do). PolNeAR derived each attribution's \`kind\` from its quotation marks and did not count \`''\` as one, so in
  those articles every quote is gold \`indirect\`: whosaid's \`direct\` quotes there still match for quote precision,
  but count against attribution F1, and they match gold indirect attributions, which lifts indirect recall. whosaid
  reports such quotes as \`direct\`, because they are; this row shows the figures where the gold kinds are sound.
- compromise: \`.quotations()\`, speaker = the nearest \`.people()\` match outside the quote. quote-parser: \`parse(text, 'en')\`
  with its defaults (quotes of 30+ characters), speaker = its \`name\` window.

## Published figures on other data (not measured here)

| system | data | published figure |
|---|---|---|
| Gender Gap Tracker | its own annotated Canadian news set | quote F1 0.837 at 0.3 overlap; speaker accuracy 0.865 |
| BBC citron | PARC 3.0 | quote content F1 0.833 |

These are the authors' own figures on other corpora with other scorers. They are not measured here and are not directly
comparable with the tables above.

## Measuring on your own articles

Write one JSON record a line (\`{"id", "text", "quotes": [{"start", "end", "kind", "speakerStart", "speakerEnd", "cueText"}]}\`)
and run \`whosaid eval GOLD.jsonl\` (\`--errors 10\` lists the worst misses and false alarms, \`--rules\` the per-rule
breakdown, \`--json\` machine-readable figures, \`--split heldout\` the held-out fifth).
`;
}

function parseArgs(argv: string[]): { limit?: number; out: string } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const limit = value('--limit');
  if (limit !== undefined && !/^\d+$/.test(limit)) throw new Error(`--limit must be a whole number, got "${limit}"`);
  return { ...(limit !== undefined ? { limit: Number(limit) } : {}), out: path.resolve(value('--out') ?? path.join(root, 'docs/evaluation.md')) };
}

function main(): void {
  const { limit, out } = parseArgs(process.argv.slice(2));
  const corpusList = corpora(limit);
  if (!corpusList.length) throw new Error('no corpus found under ../shared: nothing to measure');
  const systems = [whosaid, compromise, quoteParserSystem];
  const results: Result[] = [];
  for (const corpus of corpusList) {
    for (const system of systems) {
      const started = Date.now();
      const predictions = system.predict(corpus.records);
      const msPerArticle = (Date.now() - started) / Math.max(1, corpus.records.length);
      const report = scorePredictions(corpus.records, predictions);
      results.push({ corpus: corpus.name, system: system.name, j05: figuresAt(report, 0.5), j03: figuresAt(report, 0.3), msPerArticle });
      console.error(`${corpus.name}: ${system.name} done (${msPerArticle.toFixed(1)} ms/article)`);
    }
  }
  console.log(table(results, 'j05'));
  writeFileSync(out, markdown(results, corpusList, systems));
  console.error(`wrote ${path.relative(process.cwd(), out)}`);
}

try {
  main();
} catch (error) {
  console.error(`eval-compare: ${(error as Error).message}`);
  process.exitCode = 1;
}
