import { analyzeWith, quoteWith, without } from '../../tests/rules/analyze';

const EDITORIAL = ['The port must open its books', 'The Harbour Herald', 'Canada', 'Saturday, April 12, 2025', 'We warned last spring that the port authority was spending faster than it was earning.'].join('\n\n');

describe('editorial-we', () => {
  test('"we" outside quotes is the publisher named in the header', () => {
    const q = quoteWith(analyzeWith(EDITORIAL), 'spending faster');
    expect(q?.speaker).toEqual({ name: 'The Harbour Herald', role: null });
    expect(q?.rules).toContain('editorial-we');
  });

  test('without a publisher line, "we" stays unresolved', () => {
    const q = quoteWith(analyzeWith(['Port must open its books', 'We warned last spring that the port authority was spending faster than it was earning.'].join('\n\n')), 'spending faster');
    expect(q?.speaker).toBeNull();
  });

  test('disabled, "we" stays unresolved', () => {
    expect(quoteWith(analyzeWith(EDITORIAL, without('editorial-we')), 'spending faster')?.speaker).toBeNull();
  });
});
