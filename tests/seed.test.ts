import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, AnalysisSchema, type Analysis } from '../src/index';
import { parseGoldJsonl } from '../src/eval/gold';
import { toPrediction } from '../src/eval/predictions';
import { figuresAt, scorePredictions } from '../src/eval/score';

// The reference article and its full annotation live beside the project; the test skips cleanly without them.
const goldPath = join(__dirname, '..', '..', 'shared', 'seed', 'seed-gold.jsonl');
const hasSeed = existsSync(goldPath);
const describeSeed = hasSeed ? describe : describe.skip;

interface GoldQuote {
  start: number;
  end: number;
  kind: 'direct' | 'mixed' | 'indirect';
  speaker: string | null;
  speakerName: string | null;
  speakerRole: string | null;
}
interface GoldRecord {
  id: string;
  text: string;
  quotes: GoldQuote[];
  meta: { title: string; publisher: string; date: string; country: string; headings: string[]; discardSpans: [number, number][] };
}

describeSeed('the reference article (../shared/seed)', () => {
  const gold: GoldRecord = hasSeed ? JSON.parse(readFileSync(goldPath, 'utf8').split('\n')[0]!) : ({} as GoldRecord);
  const result: Analysis = hasSeed ? analyze(gold.text) : ({} as Analysis);
  const strip = (s: string) => s.replace(/^(?:a|an|the)\s+/iu, '');

  test('the result validates against the published schema', () => {
    expect(AnalysisSchema.safeParse(result).success).toBe(true);
  });

  test('every direct quote is found with its exact span, full name and role', () => {
    const direct = gold.quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(19);
    for (const g of direct) {
      const found = result.quotes.find((q) => q.start === g.start && q.end === g.end);
      expect({ span: [g.start, g.end], kind: found?.kind, name: found?.speaker?.name, role: found?.speaker?.role && strip(found.speaker.role) })
        .toEqual({ span: [g.start, g.end], kind: 'direct', name: g.speakerName, role: g.speakerRole });
    }
    expect(result.quotes.filter((q) => q.kind !== 'indirect')).toHaveLength(19);
  });

  test('both unquoted attributions are found with their group speakers', () => {
    const indirect = gold.quotes.filter((q) => q.kind === 'indirect');
    expect(indirect).toHaveLength(2);
    for (const g of indirect) {
      const found = result.quotes.find((q) => q.kind === 'indirect' && q.start === g.start && q.end === g.end);
      expect(found?.mention?.text).toBe(g.speaker);
    }
    expect(result.quotes.filter((q) => q.kind === 'indirect')).toHaveLength(2);
  });

  test('one speaker per person, with every alias the article uses', () => {
    const people = result.speakers.filter((s) => s.type === 'person');
    expect(people.map((s) => s.name).sort()).toEqual(['Al-Buraq Shadi Abdel Salam', 'Hisham Moutadad']);
    const moutadad = people.find((s) => s.name === 'Hisham Moutadad')!;
    expect(moutadad.aliases).toEqual(expect.arrayContaining(['Hisham Moutadad', 'Moatad', 'He', 'The same researcher', 'The same spokesperson']));
    const buraq = people.find((s) => s.name === 'Al-Buraq Shadi Abdel Salam')!;
    expect(buraq.aliases).toEqual(expect.arrayContaining(['Al-Buraq', 'The same international expert', 'The same analyst']));
  });

  test('title, publisher, country, date and headings are read from the header', () => {
    expect(result.article.title?.text).toBe(gold.meta.title);
    expect(result.article.publisher?.text).toBe(gold.meta.publisher);
    expect(result.article.country?.text).toBe(gold.meta.country);
    expect(result.article.date?.text).toBe(gold.meta.date);
    expect(result.article.headings.map((h) => h.text)).toEqual(gold.meta.headings);
  });

  test('every boilerplate span is recognised and nothing inside one is reported', () => {
    const boilerplate = result.article.boilerplate.map((b) => [b.start, b.end]);
    for (const span of gold.meta.discardSpans) expect(boilerplate).toContainEqual(span);
    for (const q of result.quotes) {
      for (const [s, e] of gold.meta.discardSpans) expect(q.end <= s || q.start >= e).toBe(true);
    }
  });

  test('the official figures are all 1.0 (scorer port, identical to ../shared/tools/score.mjs)', () => {
    const records = parseGoldJsonl(readFileSync(goldPath, 'utf8'));
    const report = scorePredictions(records, [toPrediction(gold.id, result)]);
    for (const t of [0.3, 0.5, 0.8]) {
      const f = figuresAt(report, t);
      expect([f.quoteF1, f.speakerAcc, f.attributionF1, f.indirectP, f.indirectR, f.nameAcc, f.roleAcc]).toEqual([1, 1, 1, 1, 1, 1, 1]);
    }
  });
});
