import { probe, story } from '../../tests/rules/analyze';
import { anchorEnd, isFillerGap } from './filler-gap';

describe('isFillerGap', () => {
  const filler = (gap: string) => probe(story('The ferry will stay.'), (ctx) => isFillerGap(ctx, gap));

  test('adverbs, auxiliary contractions, commas and time phrases are filler: "has also", ", on Tuesday,"', () => {
    expect(filler(' further ')).toBe(true);
    expect(filler(' has also ')).toBe(true);
    expect(filler(', on Tuesday, ')).toBe(true);
    expect(filler(' (D-Ohio) ')).toBe(true);
  });

  test('a verb or a noun is no filler, nor a run of more than eight words', () => {
    expect(filler(' wrote a letter and ')).toBe(false);
    expect(filler(' also also also also also also also also also ')).toBe(false);
  });
});

describe('anchorEnd', () => {
  test('the text about a mention ends after its appositive role and the comma closing it', () => {
    const text = 'Petra Holm, a researcher at the Nordic Institute, said the ferry would stay.';
    const rest = probe(story(text), (ctx) => {
      const m = ctx.mentions.find((x) => x.text === 'Petra Holm')!;
      return ctx.text.slice(anchorEnd(ctx, m, ctx.text.length)).trimStart().slice(0, 4);
    });
    expect(rest).toBe('said');
  });
});
