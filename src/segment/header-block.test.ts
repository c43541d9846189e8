import { analyzeWith, without } from '../../tests/rules/analyze';

const BODY = 'The harbor council of Brennvik voted on Wednesday to keep the island ferry running for another five years, ending a long dispute.';
const ARTICLE = ['Harbor town votes to keep its ferry', 'Coastline Courier', 'Norway', 'Thursday, March 14', BODY].join('\n\n');

describe('header-block', () => {
  test('headline, publisher, country and date are read from the short lines at the top', () => {
    const { article } = analyzeWith(ARTICLE);
    expect(article.title?.text).toBe('Harbor town votes to keep its ferry');
    expect(article.publisher?.text).toBe('Coastline Courier');
    expect(article.country?.text).toBe('Norway');
    expect(article.date?.text).toBe('Thursday, March 14');
  });

  test('an ISO date line is a date too: "2024-03-14"', () => {
    const text = ['Harbor town votes to keep its ferry', 'Coastline Courier', '2024-03-14', BODY].join('\n\n');
    const { article } = analyzeWith(text);
    expect(article.date?.text).toBe('2024-03-14');
    expect(article.publisher?.text).toBe('Coastline Courier');
  });

  test('short lines with neither a date nor a place are no header: no publisher is guessed', () => {
    const text = ['Harbor town votes to keep its ferry', 'Coastline Courier', 'Money and timing', BODY].join('\n\n');
    const { article } = analyzeWith(text);
    expect(article.title?.text).toBe('Harbor town votes to keep its ferry');
    expect(article.publisher).toBeNull();
    expect(article.date).toBeNull();
  });

  test('a first line of more than forty words is prose, not a title', () => {
    const long = `${BODY} ${BODY} ${BODY}`;
    expect(analyzeWith(long).article.title).toBeNull();
  });

  test('disabled, the article has no title, publisher, country or date', () => {
    const { article } = analyzeWith(ARTICLE, without('header-block'));
    expect([article.title, article.publisher, article.country, article.date]).toEqual([null, null, null, null]);
  });
});
