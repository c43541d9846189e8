import { isCapitalized, isWord, stripPossessive, tokenIndexAt, tokenize } from './tokens';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  test('words keep inner hyphens and apostrophes: "Al-Nour’s", "don\'t", "rock-and-roll"', () => {
    expect(texts("Al-Nour’s band don't play rock-and-roll")).toEqual(['Al-Nour’s', 'band', "don't", 'play', 'rock-and-roll']);
  });

  test('short dotted parts and numbers stay whole: "U.S", "a.m", "3.5", "1,200"', () => {
    expect(texts('U.S. ferries at 9 a.m. cost 3.5 or 1,200')).toEqual(['U.S', '.', 'ferries', 'at', '9', 'a.m', '.', 'cost', '3.5', 'or', '1,200']);
  });

  test('a period with no space between two words still splits them: "said.Dahl"', () => {
    expect(texts('said.Dahl')).toEqual(['said', '.', 'Dahl']);
  });

  test('every other character is a token of its own, with offsets into the text and a lower-case form', () => {
    const tokens = tokenize('“Hi!” Café', 0);
    expect(tokens.map((t) => t.text)).toEqual(['“', 'Hi', '!', '”', 'Café']);
    expect(tokens[4]).toMatchObject({ start: 6, end: 10, lower: 'café', sentence: -1 });
  });

  test('a start and end offset tokenize a slice, keeping offsets into the whole text', () => {
    const text = 'One two three';
    const [t] = tokenize(text, 4, 7);
    expect(t).toMatchObject({ text: 'two', start: 4, end: 7 });
  });
});

describe('token predicates', () => {
  test('isWord is true for letters and digits in any script, false for punctuation and undefined', () => {
    const [a, comma, digit, accented] = tokenize('ferry , 42 Élan');
    expect([isWord(a), isWord(comma), isWord(digit), isWord(accented), isWord(undefined)]).toEqual([true, false, true, true, false]);
  });

  test('isCapitalized is true for an upper-case first letter, ASCII or not', () => {
    const [upper, lower, accented, digit] = tokenize('Ferry ferry Élan 42');
    expect([isCapitalized(upper), isCapitalized(lower), isCapitalized(accented), isCapitalized(digit), isCapitalized(undefined)]).toEqual([true, false, true, false, false]);
  });

  test('stripPossessive removes a final ’s or \'s only', () => {
    expect([stripPossessive('Brennvik’s'), stripPossessive("Dahl's"), stripPossessive('Ross')]).toEqual(['Brennvik', 'Dahl', 'Ross']);
  });

  test('tokenIndexAt finds the first token ending after an offset', () => {
    const tokens = tokenize('The ferry left');
    expect(tokenIndexAt(tokens, 0)).toBe(0);
    expect(tokenIndexAt(tokens, 3)).toBe(1); // the space after "The"
    expect(tokenIndexAt(tokens, 6)).toBe(1); // inside "ferry"
    expect(tokenIndexAt(tokens, 100)).toBe(3);
  });
});
