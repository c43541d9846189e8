import { analyzeWith, boilerplate, quoteWith, without } from '../../tests/rules/analyze';

const BODY = 'The harbor council of Brennvik voted on Wednesday to keep the island ferry running for another five years, ending a long dispute.';

describe('boilerplate-line', () => {
  test('image placeholders, "Read more" links, photo credits and share links are boilerplate', () => {
    const text = ['Harbor town keeps its ferry', 'Read more: Ferry timetables for the summer', BODY, 'Featured Image', 'Photo by Lars Eide', 'Share this article'].join('\n\n');
    expect(boilerplate(text, analyzeWith(text))).toEqual([
      'Read more: Ferry timetables for the summer@boilerplate-line',
      'Featured Image@boilerplate-line',
      'Photo by Lars Eide@boilerplate-line',
      'Share this article@boilerplate-line',
    ]);
  });

  test('"Follow X on Twitter" is boilerplate, and a quote inside it is never read', () => {
    const text = ['Harbor town keeps its ferry', BODY, 'Follow “Ada Strand” on Twitter for updates from the harbor'].join('\n\n');
    const result = analyzeWith(text);
    expect(boilerplate(text, result)).toEqual(['Follow “Ada Strand” on Twitter for updates from the harbor@boilerplate-line']);
    expect(result.quotes).toEqual([]);
    expect(result.discarded).toEqual([]);
  });

  test('a prose paragraph that merely mentions a photo is not boilerplate', () => {
    const text = ['Harbor town keeps its ferry', BODY, 'A photo of the old ferry hangs in the council hall, where members voted on the plan.'].join('\n\n');
    expect(analyzeWith(text).article.boilerplate).toEqual([]);
  });

  test('disabled, a "Share this article" line stays in the article', () => {
    const text = ['Harbor town keeps its ferry', BODY, 'Share this article'].join('\n\n');
    expect(boilerplate(text, analyzeWith(text, without('boilerplate-line')))).toEqual([]);
  });

  test('custom boilerplate patterns from words.boilerplateLines are applied by this rule', () => {
    const text = ['Harbor town keeps its ferry', BODY, '“Listen to this story,” the audio player says'].join('\n\n');
    const result = analyzeWith(text, { words: { boilerplateLines: ['^.{0,5}listen to this story\\b.*$'] } });
    expect(boilerplate(text, result)).toEqual(['“Listen to this story,” the audio player says@boilerplate-line']);
    expect(quoteWith(result, 'Listen to this story')).toBeUndefined();
  });
});
