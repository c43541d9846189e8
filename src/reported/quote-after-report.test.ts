import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const REPORT = 'Petra Holm said the harbour would reopen in May. “We owe the islanders that much after a hard winter.”';

describe('quote-after-report', () => {
  test('a quote right after reported speech goes on with its speaker', () => {
    const q = quoteWith(analyzeWith(story(REPORT)), 'owe the islanders');
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Petra Holm' }, cue: null });
    expect(q?.rules).toContain('quote-after-report');
  });

  test('a quote after a paragraph of narration stays unattributed', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said the harbour would reopen in May.', 'The winter was long and the quay froze twice.', '“We owe the islanders that much after a hard winter.”')), 'owe the islanders');
    expect(q?.speaker).toBeNull();
  });

  test('disabled, the quote has no speaker', () => {
    expect(quoteWith(analyzeWith(story(REPORT), without('quote-after-report')), 'owe the islanders')?.speaker).toBeNull();
  });
});
