import { analyze, InputError, OptionsError } from './index';

describe('analyze(text, options?)', () => {
  test('options apply to this call: a verb added with words.reportingVerbs becomes a cue', () => {
    const text = 'Ferry vote\n\n“The ferry stays,” harrumphed Petra Holm.';
    expect(analyze(text, { disable: ['quote-frame-verb'] }).quotes).toEqual([]);
    expect(analyze(text, { words: { reportingVerbs: ['harrumph'] }, disable: ['quote-frame-verb'] }).quotes[0]).toMatchObject({ speaker: { name: 'Petra Holm' }, cue: { lemma: 'harrumph' } });
  });

  test('bad options and bad input throw typed errors', () => {
    expect(() => analyze('text', { nope: true } as never)).toThrow(OptionsError);
    expect(() => analyze(42 as never, {})).toThrow(InputError);
  });
});
