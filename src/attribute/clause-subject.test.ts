import { probe, story } from '../../tests/rules/analyze';
import { clauseMentions } from './clause-subject';

describe('clauseMentions', () => {
  test('a title in quotation marks is no mention of a clause: One ad, “Harbor Nights,” stars Jon Dahl', () => {
    const texts = probe(story('One ad, “Harbor Nights,” stars Jon Dahl, who promises that the ferry will stay.'), (ctx) =>
      clauseMentions(ctx, ctx.cues[0]!.start, ctx.cues[0]!.start).map((m) => m.text));
    expect(texts).toContain('Jon Dahl');
    expect(texts).not.toContain('Harbor Nights');
  });
});
