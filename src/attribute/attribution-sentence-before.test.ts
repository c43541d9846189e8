import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const AGREED = story('The council met on Friday. Petra Holm, the harbor master, agreed. “The ferry has to keep running through the winter.”');

describe('attribution-sentence-before', () => {
  test('a bare attribution sentence introduces the quote after it: `Petra Holm agreed. “...”`', () => {
    const q = quoteWith(analyzeWith(AGREED), 'keep running');
    expect(q?.speaker?.name).toBe('Petra Holm');
    expect(q?.rules).toContain('attribution-sentence-before');
  });

  test('a speech act as the object of the verb is allowed, after a fronted phrase too: `Petra Holm tweeted a warning. “...”`', () => {
    const q = quoteWith(analyzeWith(story('On the other side, Sen. Petra Holm tweeted a warning. “Voters: remember in November who closed the ferry line.”')), 'remember in November');
    expect(q?.speaker?.name).toBe('Petra Holm');
    expect(q?.rules).toContain('attribution-sentence-before');
    // an object that is no speech act introduces nothing
    const other = quoteWith(analyzeWith(story('On the other side, Sen. Petra Holm tweeted a photo. “Voters: remember in November who closed the ferry line.”')), 'remember in November');
    expect(other?.rules).not.toContain('attribution-sentence-before');
  });

  test('an adverbial phrase after the verb is allowed: `Jon Dahl said in a statement. “...”`', () => {
    const q = quoteWith(analyzeWith(story('Jon Dahl said in a statement on Monday. “The ferry has to keep running through the winter.”')), 'keep running');
    expect(q?.speaker?.name).toBe('Jon Dahl');
  });

  test('the attribution of a fronted clause does not introduce the next quote: `The ferry will stay, Jon Dahl said. “...”`', () => {
    const q = quoteWith(analyzeWith(story('The ferry will stay for now, Jon Dahl said. “We have to keep it running through the winter.”')), 'keep it running');
    expect(q?.rules ?? []).not.toContain('attribution-sentence-before');
  });

  test('disabled, the quote after the bare attribution has no speaker', () => {
    const q = quoteWith(analyzeWith(AGREED, { ...without('attribution-sentence-before'), indirect: false }), 'keep running');
    expect(q?.speaker).toBeNull();
  });
});
