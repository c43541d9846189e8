import { analyzeWith, story, without } from '../../tests/rules/analyze';

const SPACED = story('Harbour master Ana Ruiz-Vela said the quay would reopen. “We are nearly done,” Ruiz Vela said.');

describe('name-hyphen-variant', () => {
  test('a double surname written without its hyphen is the same person: "Ana Ruiz-Vela" ... "Ruiz Vela"', () => {
    const { quotes, speakers } = analyzeWith(SPACED);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz-Vela', 'Ana Ruiz-Vela']);
    expect(quotes[1]?.speaker?.role).toBe('Harbour master');
    expect(speakers).toHaveLength(1);
    expect(quotes[1]?.rules).toContain('name-hyphen-variant');
  });

  test('and the other way round: "Tomas Berg Lund" ... "Berg-Lund"', () => {
    const { quotes } = analyzeWith(story('Tomas Berg Lund said the ferry would run. “It will,” Berg-Lund said.'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tomas Berg Lund', 'Tomas Berg Lund']);
  });

  test('one half of the pair alone is left to the other rules', () => {
    const { quotes } = analyzeWith(story('Ana Ruiz-Vela said the quay would reopen. Pia Vela said it would not.'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz-Vela', 'Pia Vela']);
  });

  test('disabled, the spaced spelling is a person of its own', () => {
    expect(analyzeWith(SPACED, without('name-hyphen-variant')).quotes[1]?.speaker?.name).toBe('Ruiz Vela');
  });
});
