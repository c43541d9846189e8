import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

// the attribution comes before the quote, so the next paragraph is a continuation, not the second piece of one quote
const SPOKEN = 'Petra Holm, the harbor master, said the vote had surprised her. She added: “We expected to lose by a wide margin.”';
const NEXT = '“Now the island has a future again, and the children can stay in school here.”';

describe('paragraph-continuation', () => {
  test('a paragraph that opens with a quote goes on with the speaker of the paragraph before', () => {
    const q = quoteWith(analyzeWith(story(SPOKEN, NEXT)), 'future again');
    expect(q).toMatchObject({ speaker: { name: 'Petra Holm' }, cue: null, confidence: 0.7 });
    expect(q?.rules).toContain('paragraph-continuation');
  });

  test('a quote that opens its sentence goes on with the speech before it in the same paragraph: `said: “...” “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said: “We expected to lose by a wide margin.” “Now the island has a future again, and the children can stay.”')), 'future again');
    expect(q).toMatchObject({ speaker: { name: 'Petra Holm' }, confidence: 0.75 });
    expect(q?.rules).toContain('paragraph-continuation');
  });

  test('a quote led into by a few words that name no one goes on with the speech: `she said. Surely “...”`, not one whose lead names someone', () => {
    const said = '“We expected to lose,” Petra Holm said.';
    // (a quote that ends its sentence would go on with the quote before it, as interrupted-quote's mixed piece)
    const but = quoteWith(analyzeWith(story(`${said} Surely “the island has a future again, and the children can stay” after the vote.`)), 'future again');
    expect([but?.speaker?.name, but?.rules.includes('paragraph-continuation')]).toEqual(['Petra Holm', true]);
    const named = quoteWith(analyzeWith(story(`${said} Then Jon Dahl called it “a future for the island and for every child here.”`)), 'future for');
    expect(named?.speaker?.name).not.toBe('Petra Holm');
  });

  test('a quote that runs over paragraphs continues from the paragraph where it ends', () => {
    const text = story('Petra Holm said: “We expected to lose by a wide margin.', '“The vote surprised all of us on the island,” she said. “Now the children can stay in school here.”');
    const q = quoteWith(analyzeWith(text), 'children can stay');
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test('a speech verb after the previous quote names who goes on: `..., Jon Dahl said. ¶ “...”` is his, not the earlier speaker’s', () => {
    const before = '“We expected to lose,” Petra Holm said. Her rivals had called the ferry plan “a fantasy,” Jon Dahl said as he left the hall.';
    const q = quoteWith(analyzeWith(story(before, NEXT)), 'future again');
    expect(q?.mention?.text).toBe('Jon Dahl');
    expect(q?.rules).toContain('paragraph-continuation');
    // (not the relative pronoun of a clause about someone else)
    const who = quoteWith(analyzeWith(story('“We expected to lose,” Petra Holm said of the mayor, who has argued for the plan.', NEXT)), 'future again');
    expect(who?.speaker?.name).toBe('Petra Holm');
  });

  test('a pronoun that opens a sentence after the previous attribution is the speaker’s mention: `..., Jon Dahl added. He then asked the crowd. ¶ “...”`', () => {
    const q = quoteWith(analyzeWith(story('“We will build a pier,” Jon Dahl added. He then turned to the audience with a challenge.', '“Who among you will fund it?”')), 'fund it');
    expect(q?.mention?.text).toBe('He');
    expect(q?.speaker?.name).toBe('Jon Dahl');
  });

  test('a paragraph of prose in between ends the speech', () => {
    const q = quoteWith(analyzeWith(story(SPOKEN, 'The ferry will run twice a day.', NEXT)), 'future again');
    expect(q?.speaker).toBeNull();
  });

  test('a paragraph in between that opens with the speaker and names no one else keeps the speech going', () => {
    const said = '“The old pier will not survive another winter of storms,” Petra Holm said.';
    const q = quoteWith(analyzeWith(story(said, 'Holm kept up her attack on the council.', NEXT)), 'future again');
    expect(q?.speaker?.name).toBe('Petra Holm');
    // (not one that names somebody else too)
    const other = quoteWith(analyzeWith(story(said, 'Holm kept up her attack on Jon Dahl.', NEXT)), 'future again');
    expect(other?.speaker?.name).not.toBe('Petra Holm');
    // (nor one that opens with other words, nor a quotation too short to be speech after it)
    const later = quoteWith(analyzeWith(story(said, 'Later that week Holm kept up her attack on the council.', NEXT)), 'future again');
    expect(later?.speaker?.name).not.toBe('Petra Holm');
    const slogan = quoteWith(analyzeWith(story(said, 'Holm kept up her attack on the council.', '“Island first.”')), 'Island first');
    expect(slogan?.speaker?.name).not.toBe('Petra Holm');
  });

  test('disabled (with the reported stage off too), the quoted paragraph has no speaker', () => {
    const q = quoteWith(analyzeWith(story(SPOKEN, NEXT), { ...without('paragraph-continuation'), indirect: false }), 'future again');
    expect(q?.speaker).toBeNull();
  });
});
