import { probe, story } from '../../tests/rules/analyze';
import { clauseMentions, clauseSubject } from './clause-subject';

describe('clauseMentions', () => {
  test('a title in quotation marks is no mention of a clause: One ad, “Harbor Nights,” stars Jon Dahl', () => {
    const texts = probe(story('One ad, “Harbor Nights,” stars Jon Dahl, who promises that the ferry will stay.'), (ctx) =>
      clauseMentions(ctx, ctx.cues[0]!.start, ctx.cues[0]!.start).map((m) => m.text));
    expect(texts).toContain('Jon Dahl');
    expect(texts).not.toContain('Harbor Nights');
  });

  test('a name after "as" and before a past verb is a clause subject, not the object of a preposition', () => {
    const subjects = (text: string) => probe(story(text), (ctx) => {
      const cue = ctx.cues.find((c) => c.text === 'vowed')!;
      return clauseMentions(ctx, cue.start, cue.start).map((m) => m.text);
    });
    expect(subjects('But as Jon Dahl criticized the fares and vowed to fight the “pier tax,” the crowd cheered.')).toContain('Jon Dahl');
    expect(subjects('The fares were as high as Jon Dahl feared, and she vowed to fight the “pier tax.”')).toContain('Jon Dahl');
    expect(subjects('She spoke as well as Jon Dahl, and she vowed to fight the “pier tax.”')).not.toContain('Jon Dahl');
  });
});

describe('clauseSubject', () => {
  test('a subject pronoun after a comma and a conjunction opens the clause a participle speaks for', () => {
    const subject = (text: string) => probe(story(text), (ctx) => {
      const cue = ctx.cues.find((c) => c.text === 'calling')!;
      return clauseSubject(ctx, cue.start)?.text;
    });
    expect(subject('Mayor Jon Dahl, who may run again, made the ferry a priority, but the plan stalled, and he has argued with the board, at one point calling its chair a "coward."')).toBe('he');
  });
});
