import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const CLAIM = story('The harbour board met on Monday. Mayor Tomas Reyk’s claim that the old ferry was “beyond repair” surprised the crews.');

describe('speech-noun-fragment', () => {
  test('a quotation in the clause of a speech noun is a mixed quote of its possessor', () => {
    const q = quoteWith(analyzeWith(CLAIM), 'beyond repair');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Tomas Reyk' }, cue: null });
    expect(q?.text.startsWith('that the old ferry was “beyond repair”')).toBe(true);
    expect(q?.rules).toContain('speech-noun-fragment');
  });

  test('a possessive pronoun names the maker: "his call for “a fresh start”"', () => {
    const r = analyzeWith(story('Jon Dahl spoke to the crews on Monday. The vote followed his call for “a fresh start” on the island.'));
    expect(quoteWith(r, 'a fresh start')).toMatchObject({ kind: 'mixed', text: 'for “a fresh start” on the island', mention: { text: 'his' }, speaker: { name: 'Jon Dahl' } });
  });

  test('a spoken defence is a speech act: "gave a spirited defense of “island values”"', () => {
    const r = analyzeWith(story('The harbour board met on Monday. Petra Holm gave a spirited defense of “island values,” and the crews cheered.'));
    expect(quoteWith(r, 'island values')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    expect(quoteWith(r, 'island values')?.rules).toContain('speech-noun-fragment');
  });

  test('"by" after the noun names the maker: "a pledge by Petra Holm to “fix the quay”"', () => {
    const r = analyzeWith(story('The vote followed a pledge by Petra Holm to “fix the quay” before the winter.'));
    expect(quoteWith(r, 'fix the quay')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
  });

  test('a noun with no maker leaves the quote alone: "the claim that the ferry was “doomed”"', () => {
    const r = analyzeWith(story('Nobody on the island believed the claim that the ferry was “doomed.”'));
    expect(r.quotes.some((q) => q.rules.includes('speech-noun-fragment'))).toBe(false);
  });

  test('a possessor followed by another noun phrase is not the maker: "Jon Dahl’s aide denied the claim"', () => {
    const r = analyzeWith(story('Jon Dahl’s aide denied the claim that the mayor had “given up.”'));
    expect(quoteWith(r, 'given up')?.speaker?.name ?? null).not.toBe('Jon Dahl');
  });

  test('after "a"/"an" in a clause\'s object the noun is the subject\'s own act: "issued a warning that fares would “soar”"', () => {
    const r = analyzeWith(story('The ferry union met on Monday. Petra Holm issued a warning that the winter fares would “soar” again.'));
    expect(quoteWith(r, 'soar')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    expect(quoteWith(r, 'soar')?.rules).toContain('speech-noun-fragment');
  });

  test('nouns of a heated or witty remark are speech acts too: "launched into a tirade against the “ferry barons”"', () => {
    const r = analyzeWith(story('The ferry union met on Monday. Petra Holm launched into a tirade against the “ferry barons” of the north.'));
    expect(quoteWith(r, 'ferry barons')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
  });

  test('nouns of writing count: "a report by the Harbor Post that she had “misled” the board"', () => {
    const r = analyzeWith(story('The week got worse. On Friday came a report by the Harbor Post that Petra Holm had “misled” the board about the fares.'));
    expect(quoteWith(r, 'misled')?.rules).toContain('speech-noun-fragment');
  });

  test('a noun after "the" may be someone else\'s: "denied the claim" gives the denier nothing', () => {
    const r = analyzeWith(story('The ferry union met on Monday. Petra Holm denied the claim that the fares would “soar” again.'));
    expect(quoteWith(r, 'soar')?.rules ?? []).not.toContain('speech-noun-fragment');
  });

  test('disabled, the quote gets no speaker from the noun', () => {
    expect(quoteWith(analyzeWith(CLAIM, without('speech-noun-fragment')), 'beyond repair')?.rules ?? []).not.toContain('speech-noun-fragment');
  });
});
