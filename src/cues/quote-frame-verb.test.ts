import { analyzeWith, cuesIn, quoteWith, story, without } from '../../tests/rules/analyze';

const FUMED = story('“We waited three hours on the pier for nothing,” Petra Holm fumed on Tuesday.');
const frameCues = (text: string) => cuesIn(story(text)).filter((c) => c.rule === 'quote-frame-verb').map((c) => c.text);

describe('quote-frame-verb', () => {
  test('an unlisted verb after a quote that hands its words on is a reporting verb: `“...,” Petra Holm fumed`', () => {
    const q = quoteWith(analyzeWith(FUMED), 'three hours');
    expect(q).toMatchObject({ cue: { text: 'fumed', rule: 'quote-frame-verb' }, speaker: { name: 'Petra Holm' } });
  });

  test('the verb may come first, and a text may "read": `“...?” barked the captain`, `“...,” the notice read.`', () => {
    expect(frameCues('“Who left the gangway down?” barked the captain.')).toEqual(['barked']);
    expect(frameCues('“No crossings until further notice,” the notice read.')).toEqual(['read']);
  });

  test('the speaker after the verb may be followed by where they come from: `“...!” beamed Ann Roe of Saltby, ...`', () => {
    expect(frameCues('“What a crossing that was!” beamed Ann Roe of Saltby, who had waited since dawn.')).toEqual(['beamed']);
  });

  test('the speaker after the verb may be a possessive phrase or "one" alone: `“...,” exhorted Holm’s aide`, `“...,” read one.`', () => {
    expect(frameCues('“Keep the ferry running all winter,” exhorted Holm’s aide.')).toEqual(['exhorted']);
    expect(quoteWith(analyzeWith(story('Banners hung from every mast. “Keep the ferry running all winter,” read one.')), 'ferry running')?.mention?.text).toBe('one');
  });

  test('a particle may follow the verb, and a text may be "it": `“No!” the crowd cried out.`, `“...,” it read.`', () => {
    expect(frameCues('“No ferry, no vote!” the crowd cried out, waving flags.')).toEqual(['cried']);
    expect(frameCues('“The crossing is closed until further notice,” it read.')).toEqual(['read']);
  });

  test('a second verb may follow the attribution: `“...,” Jon Dahl barked and walked off.`', () => {
    expect(frameCues('“Get off my pier,” Jon Dahl barked and walked off.')).toEqual(['barked']);
  });

  test('a quote that ends a sentence hands nothing on: `“... pier.” Petra Holm walked home.`', () => {
    expect(frameCues('“We waited three hours on the pier.” Petra Holm walked home.')).toEqual([]);
  });

  test('a clause that goes on is no attribution: `“...,” the man from the island seems to think`', () => {
    expect(frameCues('He called it “a ferry for everyone,” the council somehow managed to forget.')).toEqual([]);
  });

  test('disabled, the quote has no speaker', () => {
    expect(quoteWith(analyzeWith(FUMED, { ...without('quote-frame-verb'), indirect: false }), 'three hours')?.speaker).toBeNull();
  });
});
