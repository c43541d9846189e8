import { splitParagraphs } from './paragraphs';

describe('splitParagraphs', () => {
  test('every non-empty line is a paragraph, blank and white-space-only lines are skipped', () => {
    const text = 'First line.\n\n   \nSecond line.';
    expect(splitParagraphs(text).map((p) => p.text)).toEqual(['First line.', 'Second line.']);
  });

  test('CRLF and a lone CR end lines too', () => {
    expect(splitParagraphs('One.\r\nTwo.\rThree.').map((p) => p.text)).toEqual(['One.', 'Two.', 'Three.']);
  });

  test('spans are trimmed of surrounding white space and point into the input', () => {
    const text = 'Title\n\n  \tIndented paragraph.  \n';
    const [, p] = splitParagraphs(text);
    expect(p).toMatchObject({ index: 1, text: 'Indented paragraph.', label: null, labelRule: null });
    expect(text.slice(p!.start, p!.end)).toBe('Indented paragraph.');
  });

  test('an empty or blank input has no paragraphs', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\t\r\n ')).toEqual([]);
  });
});
