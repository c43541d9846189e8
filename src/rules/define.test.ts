import { defineRule } from './define';

const apply = () => {};

describe('defineRule', () => {
  test('returns a frozen rule with its name, stage, description and apply', () => {
    const rule = defineRule({ name: 'harbor-cue', stage: 'cues', description: 'Finds harbor cues.', apply });
    expect(rule).toEqual({ name: 'harbor-cue', stage: 'cues', description: 'Finds harbor cues.', apply });
    expect(Object.isFrozen(rule)).toBe(true);
  });

  test('the description defaults to an empty string, and a "plugin:" prefix is allowed in the name', () => {
    expect(defineRule({ name: 'ferry:harbor-cue', stage: 'cues', apply }).description).toBe('');
  });

  test.each([['Harbor Cue'], ['harbor_cue'], ['-harbor'], ['']])('a name that is not lower-case words joined by "-" is refused: %j', (name) => {
    expect(() => defineRule({ name, stage: 'cues', apply })).toThrow(/a rule name is lower-case words joined by/);
  });

  test('an unknown stage is refused', () => {
    expect(() => defineRule({ name: 'harbor-cue', stage: 'harbor' as never, apply })).toThrow(/stage/);
  });

  test('an apply that is not a function is refused', () => {
    expect(() => defineRule({ name: 'harbor-cue', stage: 'cues', apply: 'apply' as never })).toThrow(/apply must be a function/);
  });
});
