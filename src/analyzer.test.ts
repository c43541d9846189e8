import { createAnalyzer, defineRule, InputError, OptionsError, WhosaidError, type AnalyzerOptions } from './index';
import { analyzeWith, quoteWith, story, without } from '../tests/rules/analyze';

/** The `issues` of the OptionsError that `createAnalyzer(options)` throws. */
function issuesOf(options: unknown): { path: string; message: string }[] {
  try {
    createAnalyzer(options as AnalyzerOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(OptionsError);
    return [...(error as OptionsError).issues];
  }
  throw new Error('createAnalyzer accepted the options');
}

describe('createAnalyzer options', () => {
  test('an unknown key is refused, and the error names it', () => {
    expect(issuesOf({ disabled: ['nominal'] })).toEqual([expect.objectContaining({ message: expect.stringContaining('disabled') })]);
  });

  test('a value of the wrong type is refused, with the key as path', () => {
    expect(issuesOf({ minConfidence: 'high' })).toEqual([expect.objectContaining({ path: 'minConfidence' })]);
    expect(issuesOf({ words: { reportingVerbs: 'quip' } })).toEqual([expect.objectContaining({ path: 'words.reportingVerbs' })]);
  });

  test('two rules with one name are refused', () => {
    const rule = defineRule({ name: 'nominal', stage: 'mentions', apply: () => {} });
    expect(issuesOf({ rules: [rule] })).toEqual([{ path: 'rules', message: 'two rules are named "nominal"' }]);
  });

  test('disabling a rule that does not exist is refused', () => {
    expect(issuesOf({ disable: ['no-such-rule'] })).toEqual([{ path: 'disable', message: 'no rule is named "no-such-rule"' }]);
  });

  test('a boilerplate pattern that is no regular expression is refused under "words"', () => {
    expect(issuesOf({ words: { boilerplateLines: ['(unclosed'] } })).toEqual([expect.objectContaining({ path: 'words' })]);
  });

  test('the error is a WhosaidError with a stable code', () => {
    expect(() => createAnalyzer({ disable: ['no-such-rule'] })).toThrow(WhosaidError);
    expect(() => createAnalyzer({ disable: ['no-such-rule'] })).toThrow(expect.objectContaining({ code: 'E_OPTIONS', name: 'OptionsError' }));
  });
});

describe('the analyzer', () => {
  test('refuses anything but a string with an InputError that says what it got', () => {
    const analyzer = createAnalyzer();
    expect(() => analyzer.analyze(42 as never)).toThrow(InputError);
    expect(() => analyzer.analyze(Buffer.from('x') as never)).toThrow(/decode it to a string first/);
  });

  test('is frozen, and lists its rules by stage without the disabled ones', () => {
    const analyzer = createAnalyzer({ disable: ['nominal'] });
    expect(Object.isFrozen(analyzer)).toBe(true);
    expect(Object.isFrozen(analyzer.rules)).toBe(true);
    expect(analyzer.rules.mentions).not.toContain('nominal');
    expect(analyzer.rules.mentions).toContain('person-name');
  });

  test('indirect: false switches every reported-speech rule off', () => {
    expect(createAnalyzer({ indirect: false }).rules.reported).toEqual([]);
  });

  test('a custom rule runs after the built-in rules of its stage and appears in the quote’s rules', () => {
    const semicolonCue = defineRule({
      name: 'ferry:semicolon-cue',
      stage: 'cues',
      apply(ctx) {
        for (const q of ctx.quotes) {
          const at = ctx.text.lastIndexOf(';', q.open);
          if (at >= 0 && /^\s*$/u.test(ctx.text.slice(at + 1, q.open))) ctx.add({ start: at, end: at + 1, text: ';', lemma: ':', belief: false, kind: 'colon' });
        }
      },
    });
    const analyzer = createAnalyzer({ rules: [semicolonCue] });
    expect(analyzer.rules.cues.at(-1)).toBe('ferry:semicolon-cue');
    const q = quoteWith(analyzer.analyze(story('Petra Holm did not hesitate; “The ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q?.speaker?.name).toBe('Petra Holm');
    expect(q?.rules).toContain('ferry:semicolon-cue');
  });

  test('words.reportingVerbs adds a verb whose inflections then work as cues: "grumble" -> "grumbled"', () => {
    const text = story('“The ferry is always late and nobody ever says sorry,” Petra Holm grumbled.');
    // (quote-frame-verb would read the frame "“...,” X grumbled." as an attribution whatever the verb)
    expect(quoteWith(analyzeWith(text, without('quote-frame-verb')), 'always late')?.speaker).toBeNull();
    const q = quoteWith(analyzeWith(text, { words: { reportingVerbs: ['grumble'] }, disable: ['quote-frame-verb'] }), 'always late');
    expect(q).toMatchObject({ cue: { text: 'grumbled', lemma: 'grumble' }, speaker: { name: 'Petra Holm' } });
  });

  test('minConfidence leaves weaker quotes out, recording them in discarded', () => {
    const text = story('Petra Holm said the bridge would reopen in May.');
    const result = analyzeWith(text, { minConfidence: 0.7 });
    expect(result.quotes).toEqual([]);
    expect(result.discarded).toEqual([expect.objectContaining({ rule: 'min-confidence', text: 'the bridge would reopen in May' })]);
  });
});
