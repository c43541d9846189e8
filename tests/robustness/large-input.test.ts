/**
 * A 20 MB article: it must finish and come back sound. No speed is asserted here (that is `npm run bench`'s job);
 * the timeout is only there so that a hang fails instead of stalling the suite.
 */
import { analyze } from '../../src/index';
import { expectSound } from './invariants';
import { longArticle } from './prose';

const NARRATION = 'The tide came in slowly and the boats rocked at the quay while gulls circled over the market square. ';

test('a 20 MB input of quoted prose and long narration finishes and is sound', () => {
  const block = `${longArticle(3_000)}\n\n${NARRATION.repeat(200)}\n\n`;
  const text = block.repeat(Math.ceil(20_000_000 / block.length));
  expect(text.length).toBeGreaterThanOrEqual(20_000_000);
  const result = analyze(text);
  expectSound(text, result);
  expect(result.quotes.length).toBeGreaterThan(1_000);
  expect(result.article.sentences.length).toBeGreaterThan(100_000);
}, 240_000);
