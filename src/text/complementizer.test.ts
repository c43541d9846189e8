import { withComplementizer } from './complementizer';

describe('withComplementizer', () => {
  const at = (text: string, clause: string) => text.slice(withComplementizer(text, text.indexOf(clause)));

  test('a clause right after "that" starts at the "that"', () => {
    expect(at('Ola Brenn said that the bridge was “a folly.”', 'the bridge')).toBe('that the bridge was “a folly.”');
  });

  test('line breaks and several spaces after "that" are crossed', () => {
    expect(at('Ola Brenn said that \n the bridge was late.', 'the bridge')).toBe('that \n the bridge was late.');
  });

  test('a clause with no "that" before it starts where it did', () => {
    expect(at('Ola Brenn said the bridge was late.', 'the bridge')).toBe('the bridge was late.');
  });

  test('"that" inside a longer word is no complementizer', () => {
    expect(at('The harbour boss knew Hathat the bridge was late.', 'the bridge')).toBe('the bridge was late.');
  });

  test('a comma after "that" keeps it out: the clause starts after a fronted phrase', () => {
    expect(at('Ola Brenn said that, in her view, the bridge was late.', 'the bridge')).toBe('the bridge was late.');
  });

  test('at the start of the text there is nothing to take', () => {
    expect(withComplementizer('the bridge', 0)).toBe(0);
  });
});
