import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const THANKED = story('Petra Holm thanked the crew for “keeping the island connected through the worst storm in years.”');

describe('sentence-subject', () => {
  test('a quote inside a sentence with no reporting verb goes to the mention that opens it', () => {
    const q = quoteWith(analyzeWith(THANKED), 'worst storm');
    expect(q).toMatchObject({ speaker: { name: 'Petra Holm' }, cue: null, confidence: 0.4 });
    expect(q?.rules).toContain('sentence-subject');
  });

  test('an introductory phrase before the subject is allowed: "On Tuesday, Jon Dahl went further, promising “...”"', () => {
    const q = quoteWith(analyzeWith(story('On Tuesday, Jon Dahl went further, promising voters “a new ferry before the end of the decade, whatever it costs.”')), 'new ferry');
    expect(q?.speaker?.name).toBe('Jon Dahl');
  });

  test('a quote that opens its sentence is not given to a subject', () => {
    const q = quoteWith(analyzeWith(story('The crew worked all night. “Keeping the island connected through the worst storm in years was hard.”')), 'worst storm');
    expect(q?.speaker).toBeNull();
  });

  test('a headline in capitals is no subject', () => {
    const q = quoteWith(analyzeWith(story('The crew worked all night.', 'FERRY CREW HONORED “They kept the island connected through the worst storm in years.”')), 'worst storm');
    expect(q?.speaker).toBeNull();
  });

  test('disabled, the quote has no speaker', () => {
    expect(quoteWith(analyzeWith(THANKED, without('sentence-subject')), 'worst storm')?.speaker).toBeNull();
  });
});
