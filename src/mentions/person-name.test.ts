import { analyzeWith, mentionsIn, quoteWith, story, without } from '../../tests/rules/analyze';

const names = (text: string) => mentionsIn(story(text)).filter((m) => m.rule === 'person-name');

describe('person-name', () => {
  test('a title before the name becomes the role: "Interior Minister Petra Holm said"', () => {
    const q = quoteWith(analyzeWith(story('“The ferry must stay,” said Interior Minister Petra Holm.')), 'ferry must stay');
    expect(q?.mention).toMatchObject({ text: 'Interior Minister Petra Holm', type: 'name', rule: 'person-name' });
    expect(q?.speaker).toEqual({ name: 'Petra Holm', role: 'Interior Minister' });
    expect(q?.rules).toContain('person-name');
  });

  test('a title of several words joins the words around its "of": "Former Secretary of State Petra Holm"', () => {
    const q = quoteWith(analyzeWith(story('“The ferry must stay,” said Former Secretary of State Petra Holm.')), 'ferry must stay');
    expect(q?.mention?.text).toBe('Former Secretary of State Petra Holm');
    expect(q?.speaker).toEqual({ name: 'Petra Holm', role: 'Former Secretary of State' });
    // with no name after it, the title is left as it was
    expect(names('The Secretary of State visited the quay.').some((m) => m.text.includes('of'))).toBe(false);
  });

  test('a lower-case word of tenure before the title belongs to the role: "said former Gov. Petra Holm"', () => {
    const q = quoteWith(analyzeWith(story('“The ferry must stay,” said former Gov. Petra Holm.')), 'ferry must stay');
    expect(q?.speaker).toEqual({ name: 'Petra Holm', role: 'former Gov.' });
    const acting = quoteWith(analyzeWith(story('The acting Harbor Commissioner Jon Dahl said the ferry would “surely stay.”')), 'surely stay');
    expect(acting?.speaker).toEqual({ name: 'Jon Dahl', role: 'acting Harbor Commissioner' });
  });

  test('a capitalised modal before a surname and a comma or an inflected verb is a first name: "Will Ortega, the treasurer,"', () => {
    const q = quoteWith(analyzeWith(story('“How do we keep the ferry?” Will Ortega, the club treasurer, said of the meeting.')), 'keep the ferry');
    expect(q?.mention?.text).toBe('Will Ortega');
    expect(names('Will Ortega says the ferry is safe.').map((m) => m.text)).toEqual(['Will Ortega']);
    // a question that opens with the modal keeps it out: "Will Ortega run again?"
    expect(names('Will Ortega run again? Nobody knows.').map((m) => m.text)).toEqual(['Ortega']);
    // and so does a headline, where every word is capitalised
    expect(names('Harbor Board Will Approve Ferry Plan').some((m) => m.text.startsWith('Will'))).toBe(false);
  });

  test('"More" opening a sentence is no name: "More from Petra Holm:"', () => {
    expect(names('The vote was close. More from Petra Holm: the board met twice.').map((m) => m.text)).toEqual(['Petra Holm']);
  });

  test('a capitalised preposition opening the sentence is no part of a name: "Alongside Petra Holm, …"', () => {
    expect(names('Alongside Petra Holm, the crew voted.').map((m) => m.text)).toEqual(['Petra Holm']);
    expect(names('Besides Jon Dahl, nobody came.').map((m) => m.text)).toEqual(['Jon Dahl']);
  });

  test('an abbreviated month before a day is a date, not a name: "the Nov. 14 vote"', () => {
    expect(names('Petra Holm spoke before the Nov. 14 vote and again on Feb. 3.').map((m) => m.text)).toEqual(['Petra Holm']);
    expect(names('Jan Berg spoke before the vote.').map((m) => m.text)).toEqual(['Jan Berg']);
  });

  test('Mr. and Ms. are titles but not roles', () => {
    const found = names('Mr. Jon Dahl and Ms. Petra Holm spoke at the meeting.');
    expect(found.map((m) => [m.text, m.role])).toEqual([['Mr. Jon Dahl', null], ['Ms. Petra Holm', null]]);
  });

  test('particles and initials stay inside a name: "Osama bin Hadid", "John F. Berg"', () => {
    expect(names('Osama bin Hadid met John F. Berg on the quay.').map((m) => m.text)).toEqual(['Osama bin Hadid', 'John F. Berg']);
  });

  test('in a headline the verb ends the name before it: "Jon Dahl Tells Harbour Board"', () => {
    const headline = 'Ferries Are ‘The Island’s Lifeline,’ Jon Dahl Tells Harbour Board\n\nThe harbour board met on Monday to discuss the winter timetable.';
    expect(mentionsIn(headline).some((m) => m.text === 'Jon Dahl')).toBe(true);
    expect(quoteWith(analyzeWith(headline), 'Lifeline')?.speaker?.name).toBe('Jon Dahl');
  });

  test('in a headline a past form ends the name too, but not a participle: "Jon Dahl Questioned ...", "Group Urging ..."', () => {
    const headline = 'Harbour News\n\nJon Dahl Questioned Why The Island Needs A “Second Pier.”\n\nThe harbour board met on Monday to discuss the winter timetable.';
    expect(mentionsIn(headline).some((m) => m.text === 'Jon Dahl')).toBe(true);
    expect(quoteWith(analyzeWith(headline), 'Second Pier')?.speaker?.name).toBe('Jon Dahl');
    expect(mentionsIn('Harbour News\n\nFerry Group Will Run Ads Urging Voters To Back The Pier Tax\n\nThe board met.').map((m) => m.text)).not.toContain('Run Ads');
  });

  test('a possessive ends the name: "Dahl’s sister" names Dahl', () => {
    expect(names('The ferry carried Dahl’s sister to the mainland.').map((m) => m.text)).toEqual(['Dahl']);
  });

  test('a capitalised word that only opens a sentence is no name: "Yesterday the council met"', () => {
    expect(names('Yesterday the council met on the quay.')).toEqual([]);
  });

  test('a country is a place, not a person: "Norway said"', () => {
    expect(names('Norway said the ferry would stay.')).toEqual([]);
  });

  test('names inside quoted text are not mentions', () => {
    expect(names('“Ask Jon Dahl about the ferry,” Petra Holm said.').map((m) => m.text)).toEqual(['Petra Holm']);
  });

  test('disabled, a quote attributed only by a name has no speaker', () => {
    const q = quoteWith(analyzeWith(story('“The ferry must stay for another ten years,” said Petra Holm.'), without('person-name')), 'ferry must stay');
    expect(q?.speaker).toBeNull();
  });
});
