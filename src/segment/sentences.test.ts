import { buildLexicon } from '../lexicon/lexicon';
import { bundledModels } from '../lexicon/models';
import { splitParagraphs } from './paragraphs';
import { MAX_SENTENCE_LENGTH, splitSentences } from './sentences';

const lexicon = buildLexicon(bundledModels);
const sentences = (text: string) => splitSentences(text, splitParagraphs(text), lexicon).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test('a sentence ends at . ! ? or … before a capital', () => {
    expect(sentences('Is the ferry late? Yes. It is… Nobody knows why!')).toEqual(['Is the ferry late?', 'Yes.', 'It is…', 'Nobody knows why!']);
  });

  test('titles, initials and dotted abbreviations do not end a sentence: "Mr. Dahl", "John F. Berg", "U.S. officials"', () => {
    expect(sentences('Mr. Dahl met John F. Berg and U.S. officials at 9 a.m. on Monday. They left.')).toEqual([
      'Mr. Dahl met John F. Berg and U.S. officials at 9 a.m. on Monday.', 'They left.',
    ]);
  });

  test('a closing quotation mark stays with its sentence: `“We will stay.” He added`', () => {
    expect(sentences('“We will stay.” He added that the ferry runs daily.')).toEqual(['“We will stay.”', 'He added that the ferry runs daily.']);
  });

  test('a sentence that opens with a quotation mark starts a new sentence: `7-2. "We won,"`', () => {
    expect(sentences('The vote ended 7-2. "We won," she said.')).toEqual(['The vote ended 7-2.', '"We won," she said.']);
  });

  test('a quoted sentence may open with a bracket or an ellipsis: `said. “[The mayor]`, `said. ". . . We`', () => {
    expect(sentences('Jo Li said. “[The mayor] will stay.” She left. ". . . We won." Ten. “(Jo) is right.”')).toEqual([
      'Jo Li said.', '“[The mayor] will stay.”', 'She left.', '". . . We won."', 'Ten.', '“(Jo) is right.”',
    ]);
  });

  test('a decimal number does not split: "3.5 percent"', () => {
    expect(sentences('The fare rose 3.5 percent. Costs fell.')).toEqual(['The fare rose 3.5 percent.', 'Costs fell.']);
  });

  test('sentences never cross a paragraph boundary, even without end punctuation', () => {
    expect(sentences('A line with no stop\nAnother line')).toEqual(['A line with no stop', 'Another line']);
  });

  test('a run with no sentence end is cut into pieces no longer than the maximum, at white space', () => {
    const text = 'word '.repeat(1000).trim();
    const pieces = sentences(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(pieces.join(' ')).toBe(text);
  });

  test('a sentence that opens with a low quotation mark starts a new sentence: `Tuesday. „We`', () => {
    expect(sentences('The council met on Tuesday. „We will stay,“ she said.')).toEqual(['The council met on Tuesday.', '„We will stay,“ she said.']);
  });
});
