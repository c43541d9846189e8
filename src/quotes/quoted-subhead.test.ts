import { analyzeWith, discardedBy, quoteWith, without } from '../../tests/rules/analyze';

const ARTICLE = [
  'Ferry strike ends',
  'Jon Dahl ran the ferry for twenty years. “It was hard work,” he said.',
  '‘A fight from start to finish.’',
  'The merger was not his idea. It came from the board.',
].join('\n\n');

describe('quoted-subhead', () => {
  test('a short line quoted whole in single marks between paragraphs is a subhead, not a quote', () => {
    const result = analyzeWith(ARTICLE);
    expect(quoteWith(result, 'A fight')).toBeUndefined();
    expect(discardedBy(result, 'quoted-subhead').map((d) => d.text)).toEqual(['A fight from start to finish.']);
  });

  test('double marks, or words outside the marks, make a quote of the line', () => {
    expect(discardedBy(analyzeWith(ARTICLE.replace('‘A fight from start to finish.’', '“A fight from start to finish.”')), 'quoted-subhead')).toEqual([]);
    expect(discardedBy(analyzeWith(ARTICLE.replace('‘A fight from start to finish.’', 'He called it ‘a fight from start to finish.’')), 'quoted-subhead')).toEqual([]);
  });

  test('a long line quoted in single marks is speech', () => {
    const long = ARTICLE.replace('‘A fight from start to finish.’', '‘We fought for every crossing and every crew, and we will fight again next winter if the board asks us to.’');
    expect(discardedBy(analyzeWith(long), 'quoted-subhead')).toEqual([]);
  });

  test('disabled, the line stays a quote candidate', () => {
    expect(discardedBy(analyzeWith(ARTICLE, without('quoted-subhead')), 'quoted-subhead')).toEqual([]);
  });
});
