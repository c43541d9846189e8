/** The invariant check must see each kind of broken promise, or the properties built on it would pass vacuously. */
import { analyze, type Analysis } from '../../src/index';
import { violations } from './invariants';
import { ARTICLE } from './prose';

const base = analyze(ARTICLE);
const edit = (change: (a: Analysis) => void): string[] => {
  const copy = structuredClone(base);
  change(copy);
  return violations(ARTICLE, copy);
};

test('the untouched result of the sample article keeps every promise', () => {
  expect(base.quotes.length).toBeGreaterThan(3);
  expect(base.speakers.length).toBeGreaterThan(0);
  expect(violations(ARTICLE, base)).toEqual([]);
});

test.each<[string, (a: Analysis) => void, RegExp]>([
  ['a quote text that is not its slice', (a) => { a.quotes[0]!.text += 'x'; }, /not the slice/],
  ['an offset past the end', (a) => { a.quotes[0]!.end = ARTICLE.length + 5; }, /not a range/],
  ['a start after its end', (a) => { a.article.sentences[0]!.start = a.article.sentences[0]!.end + 1; }, /not a range/],
  ['quotes out of order', (a) => { a.quotes.reverse(); }, /before the quote ahead/],
  ['overlapping parts', (a) => {
    const q = a.quotes[0]!;
    q.parts = [{ start: q.start, end: q.end, text: q.text }, { start: q.start + 1, end: q.end, text: ARTICLE.slice(q.start + 1, q.end) }];
  }, /starts before/],
  ['a speakerId with no speaker', (a) => { a.quotes[0]!.speakerId = 's999'; a.quotes[0]!.speaker = { name: 'x', role: null }; }, /not among the speakers/],
  ['overlapping sentences', (a) => { a.article.sentences[1]!.start = a.article.sentences[0]!.start; }, /starts before/],
  ['a value the schema refuses', (a) => { a.quotes[0]!.confidence = 7; }, /schema/],
])('it reports %s', (_label, change, message) => {
  expect(edit(change).join('\n')).toMatch(message);
});
