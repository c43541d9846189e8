import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../../src/index.js';
import {
  figuresAt, parseGoldJsonl, parsePredictionsJsonl, predictArticles, predictionsToJsonl, scorePredictions, type ScoreReport,
} from '../../src/eval/index.js';
import { randomPredictions } from './random-predictions.js';
import { describeWhenPresent, goldFixture, itWhenPresent, officialScorer, polnearGold, predictionsFixture, readText, seedGold } from './paths.js';

const gold = parseGoldJsonl(readText(goldFixture), goldFixture);
const predictions = parsePredictionsJsonl(readText(predictionsFixture), predictionsFixture);

describe('scorePredictions on the hand-made fixture', () => {
  const report = scorePredictions(gold, predictions);

  it('counts articles and the one without a prediction line', () => {
    expect(report.docs).toBe(4);
    expect(report.missingDocs).toBe(1);
  });

  it('matches the hand-computed figures at Jaccard 0.5', () => {
    // 7 gold direct/mixed, 7 predicted outside the byline discard span, 6 matched (the first half of the parted
    // fisherman quote has J 27/43, the bare quoted piece of the mixed quote J 29/39); 4 of the 6 speakers right.
    expect(figuresAt(report, 0.5)).toMatchObject({
      quoteP: 0.857, quoteR: 0.857, quoteF1: 0.857, speakerAcc: 0.667, attributionF1: 0.571,
      // speech-cue indirect gold: added, said, according to, say ("believes" does not count); 2 matched; 2 of 3 predicted right
      indirectR: 0.5, indirectP: 0.667,
      // the two library quotes have resolved names: "Paul Brenner" right, "Brenner" wrong; role "director" vs null
      nameAcc: 0.5, roleAcc: 0.5,
    });
  });

  it('drops the partial matches at 0.8 and gains the loose indirect one at 0.3', () => {
    expect(figuresAt(report, 0.8)).toMatchObject({ quoteP: 0.571, quoteR: 0.571, speakerAcc: 0.75, attributionF1: 0.429 });
    expect(figuresAt(report, 0.3)).toMatchObject({ indirectR: 0.75, indirectP: 1 });
    expect(figuresAt(report, 0.3).counts).toMatchObject({ dqGold: 7, dqPred: 7, dqPredHit: 6, spkOk: 4, indGold: 4, indGoldHit: 3 });
  });

  it('ignores predictions for ids not in gold and scores an empty prediction set as zero', () => {
    const empty = figuresAt(scorePredictions(gold, []), 0.5);
    expect(empty).toMatchObject({ quoteP: 0, quoteR: 0, quoteF1: 0, attributionF1: 0 });
    expect(empty.counts.dqGold).toBe(7);
  });

  it('throws a RangeError for a threshold it did not compute', () => {
    expect(() => figuresAt(report, 0.9)).toThrow(RangeError);
  });
});

function officialScore(goldPath: string, predictionsPath: string): ScoreReport {
  return JSON.parse(execFileSync(process.execPath, [officialScorer, goldPath, predictionsPath, '--json'], { encoding: 'utf8' })) as ScoreReport;
}

/** Every figure and count of both reports, rounded to 3 decimals. */
function expectSameFigures(mine: ScoreReport, theirs: ScoreReport): void {
  expect(JSON.parse(JSON.stringify(mine, (_k, v: unknown) => (typeof v === 'number' ? +v.toFixed(3) : v)))).toEqual(theirs);
}

describeWhenPresent(officialScorer)('agreement with ../shared/tools/score.mjs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'whosaid-eval-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same figures on the hand-made fixture', () => {
    expectSameFigures(scorePredictions(gold, predictions), officialScore(goldFixture, predictionsFixture));
  });

  it('gives the same figures when predictions use bare speaker strings and top-level roles', () => {
    const strings = predictions.map((p) => ({
      ...p,
      quotes: p.quotes.map((q) => (q.speaker && typeof q.speaker === 'object' ? { ...q, speaker: q.speaker.name, role: q.speaker.role } : q)),
    }));
    const file = path.join(dir, 'strings.jsonl');
    writeFileSync(file, predictionsToJsonl(strings));
    expectSameFigures(scorePredictions(gold, parsePredictionsJsonl(readText(file))), officialScore(goldFixture, file));
  });

  it('gives the same figures on random predictions, ties and overlaps included', () => {
    const { records, predictions: random } = randomPredictions(gold, 40, 7);
    const goldFile = path.join(dir, 'gold-random.jsonl');
    const predFile = path.join(dir, 'pred-random.jsonl');
    writeFileSync(goldFile, records.map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(predFile, predictionsToJsonl(random));
    expectSameFigures(scorePredictions(records, random), officialScore(goldFile, predFile));
  });

  const onAnalyzerOutput = (goldPath: string, limit: number) => {
    const records = parseGoldJsonl(readText(goldPath), goldPath).slice(0, limit);
    const run = predictArticles(records, { analyze });
    const goldFile = path.join(dir, `gold-${path.basename(goldPath)}`);
    const predFile = path.join(dir, `pred-${path.basename(goldPath)}`);
    writeFileSync(goldFile, records.map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(predFile, predictionsToJsonl(run.predictions));
    expectSameFigures(scorePredictions(records, run.predictions), officialScore(goldFile, predFile));
  };

  itWhenPresent(seedGold)('gives the same figures on the analyzer output for the seed article', () => {
    onAnalyzerOutput(seedGold, 1);
  });

  itWhenPresent(polnearGold)('gives the same figures on the analyzer output for 60 PolNeAR articles', () => {
    onAnalyzerOutput(polnearGold, 60);
  }, 60_000);
});
