/** isWord and isCapitalized answer ASCII from char codes; they must agree with the Unicode definitions everywhere. */
import fc from 'fast-check';
import { isCapitalized, isWord, type Token } from '../../src/text/tokens';

const token = (text: string): Token => ({ start: 0, end: text.length, text, lower: text.toLowerCase(), sentence: 0 });
const texts = fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('Émile', 'état', '𝐉ane', 'Ωmega', '9th', '_x', '’s', ''));

test('isCapitalized is /^\\p{Lu}/u, isWord is /^[\\p{L}\\p{N}]/u, for any text', () => {
  fc.assert(fc.property(texts, (text) => {
    expect(isCapitalized(token(text))).toBe(/^\p{Lu}/u.test(text));
    expect(isWord(token(text))).toBe(/^[\p{L}\p{N}]/u.test(text));
  }), { numRuns: 2_000 });
  expect(isCapitalized(undefined)).toBe(false);
  expect(isWord(undefined)).toBe(false);
});
