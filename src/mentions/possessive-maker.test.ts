import { analyzeWith, mentionsIn, quoteWith, story, without } from '../../tests/rules/analyze';

describe('possessive-maker', () => {
  test('his/her/their before a speech noun is a pronoun mention, resolved as he/she/they', () => {
    const text = story('Petra Holm opened the meeting. The crews cheered her promise to “keep every ferry running.”');
    expect(mentionsIn(text).filter((m) => m.rule === 'possessive-maker').map((m) => m.text)).toEqual(['her']);
    expect(quoteWith(analyzeWith(text), 'keep every ferry')?.speaker?.name).toBe('Petra Holm');
  });

  test('modifiers may stand between: "his oft-repeated warning"', () => {
    expect(mentionsIn(story('The board ignored his oft-repeated warning about the quay.')).filter((m) => m.rule === 'possessive-maker')).toHaveLength(1);
  });

  test('a possessive before any other noun is no mention', () => {
    expect(mentionsIn(story('She sold her boat and his nets to the harbour board.')).filter((m) => m.rule === 'possessive-maker')).toEqual([]);
  });

  test('disabled, no possessive mention is made', () => {
    expect(mentionsIn(story('The board ignored his warning about the quay.'), without('possessive-maker')).filter((m) => m.rule === 'possessive-maker')).toEqual([]);
  });
});
