import { analyzeWith, boilerplate, without } from '../../tests/rules/analyze';

const BODY = 'The harbor council of Brennvik voted on Wednesday to keep the island ferry running for another five years, ending a long dispute.';

describe('navigation-labels', () => {
  test('a short label between the dated header and the first paragraph is site navigation: "Alternative Takes"', () => {
    const text = ['Harbor town votes to keep its ferry', 'Coastline Courier', 'Thursday, March 14', 'Alternative Takes', BODY].join('\n\n');
    expect(boilerplate(text, analyzeWith(text))).toEqual(['Alternative Takes@navigation-labels']);
  });

  test('without a header block (no date, publisher or country), the short line is left alone', () => {
    const text = ['Harbor town votes to keep its ferry', 'Alternative Takes', BODY].join('\n\n');
    expect(analyzeWith(text).article.boilerplate).toEqual([]);
  });

  test('a short line after the first paragraph is not navigation', () => {
    const text = ['Harbor town votes to keep its ferry', 'Coastline Courier', 'Thursday, March 14', BODY, 'Money and timing', 'The vote was close.'].join('\n\n');
    const result = analyzeWith(text);
    expect(result.article.boilerplate).toEqual([]);
    expect(result.article.headings.map((h) => h.text)).toEqual(['Money and timing']);
  });

  test('disabled, the label stays unlabelled', () => {
    const text = ['Harbor town votes to keep its ferry', 'Coastline Courier', 'Thursday, March 14', 'Alternative Takes', BODY].join('\n\n');
    expect(analyzeWith(text, without('navigation-labels')).article.boilerplate).toEqual([]);
  });
});
