import { analyzeWith, quoteWith, without } from '../../tests/rules/analyze';

const BODY = '\n\nThe harbour board met on Monday and voted for the new timetable after a long debate.';

describe('headline-quote-runs-on', () => {
  test('a title quote after the speaker’s colon that the title goes on from is a mixed quote to the end of the title', () => {
    const q = quoteWith(analyzeWith(`Petra Holm: ‘No Way’ the Ferry Sails Before May.${BODY}`), 'No Way');
    expect(q).toMatchObject({ kind: 'mixed', text: '‘No Way’ the Ferry Sails Before May' });
    expect(q?.rules).toContain('headline-quote-runs-on');
  });

  test('a title quote that ends the title stays direct', () => {
    const q = quoteWith(analyzeWith(`Petra Holm: ‘The Ferry Sails Before May.’${BODY}`), 'Ferry Sails');
    expect(q).toMatchObject({ kind: 'direct', text: 'The Ferry Sails Before May.' });
    expect(q?.rules ?? []).not.toContain('headline-quote-runs-on');
  });

  test('a quote after a colon in the body keeps its own extent', () => {
    const text = `Harbour Board Backs Timetable${BODY}\n\nPetra Holm was blunt: “No way” was all she would say about the plan.`;
    expect(quoteWith(analyzeWith(text), 'No way')?.rules ?? []).not.toContain('headline-quote-runs-on');
  });

  test('disabled, the title quote stays direct', () => {
    const q = quoteWith(analyzeWith(`Petra Holm: ‘No Way’ the Ferry Sails Before May.${BODY}`, without('headline-quote-runs-on')), 'No Way');
    expect(q?.kind).toBe('direct');
  });
});
