/** DocView.bodyParagraphsBetween answers in O(1) what a loop over the paragraphs between two indexes counts. */
import fc from 'fast-check';
import { builtinRules } from '../../src/builtin-rules';
import { buildLexicon } from '../../src/lexicon/lexicon';
import { bundledModels } from '../../src/lexicon/models';
import { docView } from '../../src/pipeline/doc';
import { STAGES } from '../../src/pipeline/rule';
import { runPipeline, type RulesByStage } from '../../src/pipeline/run';
import { ARTICLE, BODY_PARAGRAPHS } from './prose';

const rules = Object.fromEntries(STAGES.map((s) => [s, builtinRules.filter((r) => r.stage === s)])) as unknown as RulesByStage;
// a header block, body paragraphs, headings between them and a boilerplate line: every kind of label
const text = `${ARTICLE}\nThe ferry question\n\n${BODY_PARAGRAPHS.join('\n\nRead more: ferry timetables\n\n')}\n\nWhat comes next\n\n${BODY_PARAGRAPHS[0]}`;
const doc = docView(runPipeline(text, buildLexicon(bundledModels), rules));

function byLoop(a: number, b: number): number {
  let n = 0;
  for (let i = Math.min(a, b) + 1; i <= Math.max(a, b); i++) if (doc.isBody(i)) n++;
  return n;
}

test('the article has body and non-body paragraphs to count', () => {
  const labels = new Set(doc.paragraphs.map((p) => p.label));
  expect(labels.has(null)).toBe(true);
  expect(labels.size).toBeGreaterThan(2);
});

test('equals the loop over the paragraphs between, for any two indexes (and -1)', () => {
  const index = fc.integer({ min: -1, max: doc.paragraphs.length + 1 });
  fc.assert(fc.property(index, index, (a, b) => doc.bodyParagraphsBetween(a, b) === byLoop(a, b)), { numRuns: 500 });
});
