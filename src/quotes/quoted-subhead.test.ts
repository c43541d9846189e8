import { analyzeWith, discardedBy, quoteWith, without } from '../../tests/rules/analyze';

const ARTICLE = [
  'Ferry strike ends',
  'Jon Dahl ran the ferry for twenty years. “It was hard work,” he said.',
  '‘Rough water, every crossing.’',
  'The merger was not his idea. It came from the board.',
].join('\n\n');

describe('quoted-subhead', () => {
  test('a short line quoted whole in single marks between paragraphs is a subhead, not a quote', () => {
    const result = analyzeWith(ARTICLE);
    expect(quoteWith(result, 'Rough water')).toBeUndefined();
    expect(discardedBy(result, 'quoted-subhead').map((d) => d.text)).toEqual(['Rough water, every crossing.']);
  });

  test('double marks, or words outside the marks, make a quote of the line', () => {
    expect(discardedBy(analyzeWith(ARTICLE.replace('‘Rough water, every crossing.’', '“Rough water, every crossing.”')), 'quoted-subhead')).toEqual([]);
    expect(discardedBy(analyzeWith(ARTICLE.replace('‘Rough water, every crossing.’', 'He called it ‘rough water, every crossing.’')), 'quoted-subhead')).toEqual([]);
  });

  test('a long line quoted in single marks is speech', () => {
    const long = ARTICLE.replace('‘Rough water, every crossing.’', '‘We fought for every crossing and every crew, and we will fight again next winter if the board asks us to.’');
    expect(discardedBy(analyzeWith(long), 'quoted-subhead')).toEqual([]);
  });

  test('disabled, the line stays a quote candidate', () => {
    expect(discardedBy(analyzeWith(ARTICLE, without('quoted-subhead')), 'quoted-subhead')).toEqual([]);
  });
});
