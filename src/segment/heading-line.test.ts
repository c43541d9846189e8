import { analyzeWith, quoteWith, without } from '../../tests/rules/analyze';

const HEAD = 'Harbor town votes to keep its ferry';
const BODY = 'The harbor council of Brennvik voted on Wednesday to keep the island ferry running for another five years, ending a long dispute.';

describe('heading-line', () => {
  test('a short unpunctuated line between paragraphs is a section heading: "Money and timing"', () => {
    const text = [HEAD, BODY, 'Money and timing', 'The vote was close.'].join('\n\n');
    expect(analyzeWith(text).article.headings.map((h) => h.text)).toEqual(['Money and timing']);
  });

  test('a short line that ends like a sentence is prose, not a heading: "The vote was close."', () => {
    const text = [HEAD, BODY, 'The vote was close.', 'Nobody objected'].join('\n\n');
    expect(analyzeWith(text).article.headings.map((h) => h.text)).toEqual(['Nobody objected']);
  });

  test('a short line that opens with a quotation mark is speech, not a heading', () => {
    const text = [HEAD, BODY, '“The ferry stays with us for good”', 'The vote was close.'].join('\n\n');
    const result = analyzeWith(text);
    expect(result.article.headings).toEqual([]);
    // unattributed and unpunctuated, it is set aside as a phrase, with the reason, not lost
    expect(result.discarded).toContainEqual(expect.objectContaining({ text: 'The ferry stays with us for good', rule: 'unattributed-fragment' }));
  });

  test('disabled, no headings are reported', () => {
    const text = [HEAD, BODY, 'Money and timing', 'The vote was close.'].join('\n\n');
    expect(analyzeWith(text, without('heading-line')).article.headings).toEqual([]);
  });
});
