import { analyzeWith, discardedBy, quoteWith, story, without } from '../../tests/rules/analyze';

describe('double-quotes', () => {
  test('curly double quotes make a quote, recorded with this rule: `“...,” said Mayor X`', () => {
    const q = quoteWith(analyzeWith(story('“We will rebuild the bridge before winter,” said Mayor Tomas Reyk.')), 'rebuild');
    expect(q).toMatchObject({ kind: 'direct', text: 'We will rebuild the bridge before winter,', speaker: { name: 'Tomas Reyk', role: 'Mayor' } });
    expect(q!.rules[0]).toBe('double-quotes');
  });

  test('straight double quotes and the archive convention of doubled apostrophes pair too', () => {
    for (const [open, close] of [['"', '"'], ["''", "''"]]) {
      const q = quoteWith(analyzeWith(story(`${open}We will rebuild the bridge before winter,${close} said Mayor Tomas Reyk.`)), 'rebuild');
      expect(q?.text).toBe('We will rebuild the bridge before winter,');
      expect(q?.rules).toContain('double-quotes');
    }
  });

  test("three apostrophes close a nested quote and the doubled mark at once: `''I call it 'late,''' said X`", () => {
    const q = quoteWith(analyzeWith(story("''I would call the plan 'late,''' said Mayor Tomas Reyk.")), 'plan');
    expect(q).toMatchObject({ text: "I would call the plan 'late,", speaker: { name: 'Tomas Reyk' } });
  });

  test('a mark after feet and a number is the sign for inches: `“He is like 6’2”, taller than me,” said X`', () => {
    for (const height of ['6’2”', '5\'11"', '6’2“']) {
      const q = quoteWith(analyzeWith(story(`“The new skipper is ${height} and still ducks under the wheelhouse door,” said Mayor Tomas Reyk.`)), 'skipper');
      expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Tomas Reyk' } });
      expect(q?.text).toContain('wheelhouse door');
    }
  });

  test('a quote runs over paragraphs when the next paragraph opens with a double mark', () => {
    const text = story('Petra Holm said: “We will keep the ferry running for years.', '“Nobody on this island will be left without a boat.”');
    const q = quoteWith(analyzeWith(text), 'keep the ferry');
    expect(q?.text).toContain('Nobody on this island');
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test('a quote may hold curly marks of its own: `“A ... “B” ... C,” said X` is one quote', () => {
    const result = analyzeWith(story('“The board calls its plan “a fresh start” but the rents keep rising,” said Petra Holm.'));
    expect(quoteWith(result, 'board calls')).toMatchObject({ text: 'The board calls its plan “a fresh start” but the rents keep rising,', speaker: { name: 'Petra Holm' } });
    expect(discardedBy(result, 'double-quotes')).toEqual([]);
  });

  test('a mark inside a quote that is not followed by two closing marks still ends the open one', () => {
    const result = analyzeWith(story('Petra Holm said: “We will keep the ferry running. “Nobody will be left behind,” she added.'));
    expect(quoteWith(result, 'Nobody')?.text).toBe('Nobody will be left behind,');
  });

  test('a straight mark typed with a space on each side after a comma closes the quote: `..., " she said`', () => {
    for (const mark of ['"', "''"]) {
      const q = quoteWith(analyzeWith(story(`${mark}We will rebuild the bridge before winter, ${mark} said Mayor Tomas Reyk.`)), 'rebuild');
      expect(q).toMatchObject({ text: 'We will rebuild the bridge before winter,', speaker: { name: 'Tomas Reyk' } });
    }
  });

  test('an opening mark never closed is set aside with the reason', () => {
    const result = analyzeWith(story('Petra Holm said: “We will keep the ferry running for years.', 'The council then voted on the budget.'));
    expect(result.quotes).toEqual([]);
    expect(discardedBy(result, 'double-quotes')).toEqual([expect.objectContaining({ what: 'quote', reason: 'opening quotation mark never closed' })]);
  });

  test('inch marks after a number do not open a quote: a 12" pipe', () => {
    const result = analyzeWith(story('Workers laid a 12" pipe under the harbor road on Monday.'));
    expect(result.quotes).toEqual([]);
    expect(result.discarded).toEqual([]);
  });

  test('disabled, curly double quotes yield no quote', () => {
    const result = analyzeWith(story('“We will rebuild the bridge before winter,” said Mayor Tomas Reyk.'), without('double-quotes'));
    expect(result.quotes).toEqual([]);
  });

  // BUG: a ” typed where “ belongs (after white space, before a letter) can neither close nor open, so the whole
  // quote is lost although the rule's own comment calls it "a misplaced opening mark".
  test('a misplaced ” used as the opening mark still opens the quote', () => {
    const q = quoteWith(analyzeWith(story('”We will rebuild the bridge before winter,” said Mayor Tomas Reyk.')), 'rebuild');
    expect(q?.speaker?.name).toBe('Tomas Reyk');
  });

  test('a ” that opens a paragraph before an ellipsis opens the quote: `” … the bridge will hold,” she said`', () => {
    const q = quoteWith(analyzeWith(story('The council met on Monday.\n\n” … the bridge will hold through the winter storms,” said Mayor Tomas Reyk.')), 'bridge will hold');
    expect(q?.speaker?.name).toBe('Tomas Reyk');
 
    // (inside a line, a ” typed after a space before an ellipsis still closes: `“a bridge too far ” … and`)
    const inside = analyzeWith(story('Mayor Tomas Reyk said the plan was “a bridge too far ” … and the council agreed with him.'));
    expect(discardedBy(inside, 'double-quotes')).toEqual([]);
    expect(quoteWith(inside, 'bridge too far')?.speaker?.name).toBe('Tomas Reyk');
  });
});
