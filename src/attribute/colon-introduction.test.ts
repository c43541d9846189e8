import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const NO_VERB = story('Petra Holm did not hesitate: “The ferry cannot be replaced by a bridge.”');

describe('colon-introduction', () => {
  test('a colon with no verb gives the quote to the subject before it: `Petra Holm did not hesitate: “...”`', () => {
    const q = quoteWith(analyzeWith(NO_VERB), 'replaced');
    expect(q).toMatchObject({ speaker: { name: 'Petra Holm' }, cue: { text: ':', rule: 'colon-cue' }, confidence: 0.7 });
    expect(q?.rules).toContain('colon-introduction');
  });

  test('a mention governed by a preposition is passed over: "In an interview with the Courier, Petra Holm went further:"', () => {
    const q = quoteWith(analyzeWith(story('In an interview with the Courier, Petra Holm went further: “The ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q?.speaker?.name).toBe('Petra Holm');
    expect(q?.rules).toContain('colon-introduction');
  });

  test('the subject of the clause the colon ends, not its object: "Petra Holm ended her speech by quoting Jon Dahl:"', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm ended her speech by quoting Jon Dahl: “The ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test('a clause that opens after the verb has its own subject: `Jon Dahl said ... “...,” but he gave the mayor some praise:`', () => {
    const text = story('Jon Dahl said the two rivals are “strangers to the island,” but he gave the mayor some praise: “Nobody ever wonders where she stands. She knows this harbour better than anyone.”');
    expect(quoteWith(analyzeWith(text), 'ever wonders')?.mention?.text).toBe('he');
  });

  test('a quoted paragraph after a paragraph that ends in a colon is introduced by it', () => {
    const q = quoteWith(analyzeWith(story('The harbor master, Petra Holm, did not hesitate:', '“The ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q?.speaker?.name).toBe('Petra Holm');
    expect(q?.rules).toContain('colon-introduction');
  });

  test('a name set off by a dash before the colon labels the quote: `Boatmen agree - Petra Holm: “...”`', () => {
    const q = quoteWith(analyzeWith(story('Boatmen agree - Petra Holm: “The ferry cannot be replaced by a bridge, whatever the council decides.”')), 'replaced');
    expect(q?.speaker?.name).toBe('Petra Holm');
    expect(q?.rules).toContain('colon-introduction');
    // two names joined by "and" make one label, of which the first is the mention
    const both = quoteWith(analyzeWith(story('THE FERRY VOTE IS TOO CLOSE TO CALL - Petra Holm and Jon Dahl: “Nobody on the island can say how it will go.”')), 'Nobody');
    expect(both?.mention?.text).toBe('Petra Holm');
    // a lower-case word in the label is no name: the subject of the verb stays the speaker
    const plain = quoteWith(analyzeWith(story('Petra Holm said it plainly - in her words: “The ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(plain?.speaker?.name).toBe('Petra Holm');
  });

  test('a colon with no mention before it attributes nothing', () => {
    const q = quoteWith(analyzeWith(story('The agenda had one item: “Ferry timetable for the coming winter season and beyond.”')), 'timetable');
    expect(q?.speaker).toBeNull();
  });

  test('disabled, the quote after a bare colon has no speaker', () => {
    expect(quoteWith(analyzeWith(NO_VERB, without('colon-introduction', 'sentence-subject')), 'replaced')?.speaker).toBeNull();
  });
});
