import { analyzeWith, quoteWith, story } from '../../tests/rules/analyze';

describe('unclosed-appositive (subjectBefore)', () => {
  test('a name whose role lacks its closing comma is the subject of the verb after the role', () => {
    const q = quoteWith(analyzeWith(story('Ada Quist, the treasurer of the Lakeside Rowing Club said in a statement. “The boathouse roof will be mended by May.”')), 'boathouse roof');
    expect(q).toMatchObject({ speaker: { name: 'Ada Quist' }, mention: { text: 'Ada Quist' } });
  });

  test('so is a name right after a quotation', () => {
    const q = quoteWith(analyzeWith(story('“We rowed well,” Ada Quist, the club’s treasurer said after the race.')), 'We rowed well');
    expect(q).toMatchObject({ speaker: { name: 'Ada Quist' } });
  });

  test('the role may end in a "who" clause that describes it', () => {
    const q = quoteWith(analyzeWith(story('“The club needs a new boathouse,” Ada Quist, the rowing coach who founded the junior squad wrote on Sunday.')), 'new boathouse');
    expect(q?.mention?.text).toBe('Ada Quist');
    // (not a second "who" after it)
    const other = quoteWith(analyzeWith(story('“The club needs a new boathouse,” Ada Quist, the coach who trained the squad who won wrote on Sunday.')), 'new boathouse');
    expect(other?.mention?.text).not.toBe('Ada Quist');
  });

  test('a verb set off by commas inside the name’s clause speaks for the role, not the name', () => {
    const q = quoteWith(analyzeWith(story('Ada Quist, a club official said, “is very tired of the long winter” and hopes for spring.')), 'very tired');
    expect(q?.mention?.text).not.toBe('Ada Quist');
  });

  test('a role joined to another by a conjunction is left alone', () => {
    const q = quoteWith(analyzeWith(story('Ada Quist, the treasurer and the coach said, “The season is over.”')), 'season is over');
    expect(q?.mention?.text).not.toBe('Ada Quist');
  });
});
