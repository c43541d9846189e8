/**
 * What is not a string gets an `InputError` that names what was given; options with an unknown or ill-typed key get
 * an `OptionsError` that names the key. Both are typed (instanceof, stable `code`), never a TypeError from deep inside.
 */
import fc from 'fast-check';
import { analyze, createAnalyzer, InputError, OptionsError, WhosaidError } from '../../src/index';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('analyze with something that is not a string', () => {
  const cases: [string, unknown, RegExp][] = [
    ['undefined', undefined, /undefined/],
    ['null', null, /null/],
    ['a number', 42, /number \(42\)/],
    ['NaN', Number.NaN, /number \(NaN\)/],
    ['a boolean', true, /boolean/],
    ['a Buffer', Buffer.from('“Hi,” she said.'), /Buffer/],
    ['a Uint8Array', new TextEncoder().encode('text'), /Uint8Array/],
    ['a plain object', { text: 'She said so.' }, /object/],
    ['an array', ['She said so.'], /array/],
    ['a String object', new String('She said so.'), /String/],
    ['a symbol', Symbol('x'), /symbol/],
    ['a function', () => 'text', /function/],
    ['a bigint', 10n, /bigint/],
  ];

  test.each(cases)('%s: InputError naming it', (_label, value, names) => {
    const error = thrownBy(() => analyze(value as string));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(WhosaidError);
    expect((error as InputError).code).toBe('E_INPUT');
    expect((error as Error).message).toMatch(names);
  });

  test('the same through a configured analyzer', () => {
    expect(() => createAnalyzer({ indirect: false }).analyze(7 as unknown as string)).toThrow(InputError);
  });

  test('any non-string value gets an InputError, never another error', () => {
    const nonString = fc.anything().filter((v) => typeof v !== 'string');
    fc.assert(fc.property(nonString, (value) => thrownBy(() => analyze(value as string)) instanceof InputError), { numRuns: 300 });
  });
});

describe('createAnalyzer with bad options', () => {
  const cases: [string, unknown, string][] = [
    ['an unknown key', { colour: 'red' }, 'colour'],
    ['a misspelt key', { minConfidance: 0.5 }, 'minConfidance'],
    ['minConfidence as a string', { minConfidence: '0.5' }, 'minConfidence'],
    ['minConfidence above 1', { minConfidence: 2 }, 'minConfidence'],
    ['indirect as a string', { indirect: 'yes' }, 'indirect'],
    ['disable as a string', { disable: 'pronoun' }, 'disable'],
    ['disable naming no rule', { disable: ['no-such-rule'] }, 'disable'],
    ['an unknown word list', { words: { verbs: ['quip'] } }, 'verbs'],
    ['a word list of numbers', { words: { roleNouns: [1, 2] } }, 'words.roleNouns'],
    ['rules as an object', { rules: { apply: 1 } }, 'rules'],
    ['a rule without apply', { rules: [{ name: 'x', stage: 'cues' }] }, 'rules.0.apply'],
    ['a bad boilerplate regex', { words: { boilerplateLines: ['(unclosed'] } }, 'words'],
  ];

  test.each(cases)('%s: OptionsError naming the key', (_label, options, key) => {
    const error = thrownBy(() => createAnalyzer(options as never));
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as OptionsError).code).toBe('E_OPTIONS');
    expect((error as Error).message).toContain(key);
    expect((error as OptionsError).issues.map((i) => `${i.path} ${i.message}`).join('\n')).toContain(key);
  });

  test.each(cases)('analyze(text, options) with %s: the same OptionsError', (_label, options, key) => {
    const error = thrownBy(() => analyze('“We will go,” she said.', options as never));
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as Error).message).toContain(key);
  });

  test('a string is checked before the options: InputError wins', () => {
    expect(() => analyze(42 as unknown as string, { colour: 'red' } as never)).toThrow(InputError);
  });

  test('options that are not an object', () => {
    for (const options of [42, 'fast', [], true]) expect(() => createAnalyzer(options as never)).toThrow(OptionsError);
  });
});
