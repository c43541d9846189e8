import { analyzeWith, discardedBy, quoteWith, story, without } from '../../tests/rules/analyze';

describe('title-case-quote', () => {
  test('a short title-case phrase names a work, not speech: watched “Good Morning Riverton”', () => {
    const result = analyzeWith(story('She watched “Good Morning Riverton” before leaving for the ferry.'));
    expect(result.quotes).toEqual([]);
    expect(discardedBy(result, 'title-case-quote')).toEqual([expect.objectContaining({ text: 'Good Morning Riverton', reason: 'a title or name in quotation marks, not speech' })]);
  });

  test('a one-word quote with a comma is speech (“Judge,” he said), but not after a possessive or a word of naming', () => {
    const spoken = analyzeWith(story('The clerk looked up. “Judge,” Ines Varga said, “the ferry is late again.”'));
    expect(discardedBy(spoken, 'title-case-quote')).toEqual([]);
    const show = analyzeWith(story('On Tuesday on the network’s “Dockside,” Ines Varga said the ferry would run all winter.'));
    expect(discardedBy(show, 'title-case-quote').map((d) => d.text)).toEqual(['Dockside,']);
    const called = analyzeWith(story('The play is based on a comedy called “Tides,” written by a troupe from the islands.'));
    expect(discardedBy(called, 'title-case-quote').map((d) => d.text)).toEqual(['Tides,']);
  });

  test('minor words may stay lower case in a title: the boat called the “Queen of the Fjord”', () => {
    const result = analyzeWith(story('Islanders still love the boat they call the “Queen of the Fjord” after all these years.'));
    expect(discardedBy(result, 'title-case-quote').map((d) => d.text)).toEqual(['Queen of the Fjord']);
  });

  test('a title with a subtitle after a colon may be longer: the book “Harbour Lights: A Life on the Northern Ferries,”', () => {
    const result = analyzeWith(story('Her new book, “Harbour Lights: A Life on the Northern Ferries,” sold well on the island.'));
    expect(discardedBy(result, 'title-case-quote').map((d) => d.text)).toEqual(['Harbour Lights: A Life on the Northern Ferries,']);
  });

  test('right after a verb of chanting or shouting the capitalised words are what was chanted: chanting “Ferries Not Fees”', () => {
    const result = analyzeWith(story('About two hundred islanders marched to the quay on Monday, chanting “Ferries Not Fees.”'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
  });

  test('a longer verb of uttering counts too, a comma after it: Varga cut in by interjecting, “Not The Ferry.”', () => {
    const result = analyzeWith(story('The harbour master kept talking, but Ines Varga cut in by interjecting, “Not The Ferry.”'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
    expect(quoteWith(result, 'Not The Ferry')).toMatchObject({ speaker: { name: 'Ines Varga' } });
  });

  test('capitalised words that open an interrupted quote are speech: “As Mayor,” she said, “...”', () => {
    const result = analyzeWith(story('The council met on Monday. “As Mayor,” Ines Varga said, “I will keep the night ferry running all winter.”'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
    expect(quoteWith(result, 'As Mayor')).toMatchObject({ kind: 'direct', speaker: { name: 'Ines Varga' } });
  });

  test('capitalised words that open a sentence and hand on to an attribution are speech: “FARES DOWN AGAIN,” she wrote in a post.', () => {
    const result = analyzeWith(story('The council met on Monday. Ines Varga was pleased. “FARES DOWN AGAIN,” she wrote in a post after the vote.'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
    expect(quoteWith(result, 'FARES DOWN AGAIN')).toMatchObject({ kind: 'direct', speaker: { name: 'Ines Varga' } });
  });

  test('a title set off by commas before a clause of the writer\'s stays a title: “Harbour Nights,” returns ...', () => {
    const result = analyzeWith(story('The drama “Harbour Nights,” returns this week, and so does “Salt Roads.”'));
    expect(discardedBy(result, 'title-case-quote').map((d) => d.text)).toContain('Harbour Nights,');
  });

  test('a one-word quote with a period is speech, not a title: “No.”', () => {
    const result = analyzeWith(story('“No.” That was all Tomas Reyk said.'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
    expect(quoteWith(result, 'No.')?.speaker?.name).toBe('Tomas Reyk');
  });

  test('a long quote in title case is speech: more than six words', () => {
    const result = analyzeWith(story('“The Ferry Will Stay For Ever And Ever And Ever,” Petra Holm said.'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
    expect(result.quotes).toHaveLength(1);
  });

  test('an exclamation is speech even in capitals: “Unanimous!”', () => {
    expect(discardedBy(analyzeWith(story('The vote was “Unanimous!” according to the clerk.')), 'title-case-quote')).toEqual([]);
  });

  test('an exclamation followed by a comma is speech too: “Welcome Aboard!,” she shouted', () => {
    const result = analyzeWith(story('“Welcome Aboard!,” Petra Holm shouted to the passengers.'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
    expect(quoteWith(result, 'Welcome Aboard!,')?.speaker?.name).toBe('Petra Holm');
  });

  test('disabled, the title is no longer set aside by this rule', () => {
    const result = analyzeWith(story('She watched “Good Morning Riverton” before leaving for the ferry.'), without('title-case-quote'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
  });
  test('a verb that is also a noun counts in its verb forms: `claimed that the “Harbour Fund” ran dry`', () => {
    expect(discardedBy(analyzeWith(story('Petra Holm claimed that the “Harbour Fund” had run dry last winter.')), 'title-case-quote')).toEqual([]);
  });

  test('in a headline every word is capitalised, so capitals do not make a title: Holm: Plan Is ‘Dangerously Wrong’', () => {
    const result = analyzeWith('Holm Says Ferry Plan Is ‘Dangerously Wrong’ for the Island\n\nThe harbour board met on Monday and voted for the new timetable.');
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
  });

  test('a quotation that is a sentence of its own is speech, not a title: `said Ann Roe. “That Is All.”`', () => {
    const result = analyzeWith(story('“We will keep the ferry running,” said Ann Roe, the harbour master. “That Is All.”'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
  });

  test('after a colon, a quoted sentence closed by a period is speech: carried one demand: “Save The Quay.”', () => {
    const result = analyzeWith(story('The islanders who marched on Monday carried one demand: “Save The Quay.”\n\nThe council did not reply.'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
  });

  test('a title that closes its sentence is still a title: watched “Morning On The Quay.”', () => {
    const result = analyzeWith(story('On Sunday she watched “Morning On The Quay.” It was her favourite show.'));
    expect(discardedBy(result, 'title-case-quote').map((d) => d.text)).toEqual(['Morning On The Quay.']);
  });

  test('an epithet given to someone named is the namer\'s words: called Holm “The Harbour Queen”', () => {
    const result = analyzeWith(story('At the rally Tomas Reyk called Holm “The Harbour Queen” twice.'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
  });

  test('an epithet given "as" after a verb of naming or addressing and its object is the namer\'s words: addressed her as “Madam Skipper”', () => {
    const result = analyzeWith(story('The crews were tired. In a short note, Petra Holm thanked the captain, addressing her warmly as “Madam Skipper” and wishing her well.'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
    expect(quoteWith(result, 'Madam Skipper')?.speaker?.name).toBe('Petra Holm');
    const known = analyzeWith(story('The island is known as “The Green Rock” to sailors.'));
    expect(discardedBy(known, 'title-case-quote').map((d) => d.text)).toEqual(['The Green Rock']);
  });

  test('a few words after a verb of speech, in its object, a capitalised phrase is the speaker\'s wording: repeated the “Harbour First” pledge', () => {
    const result = analyzeWith(story('Petra Holm repeated the “Harbour First” pledge at every stop on the island.'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
    expect(quoteWith(result, 'Harbour First')?.speaker?.name).toBe('Petra Holm');
  });

  test('in the object of an evaluative verb a capitalised phrase is the subject\'s wording too: denounced the “Harbour Last” campaign', () => {
    const result = analyzeWith(story('The ferry board met on Monday. Petra Holm denounced the new “Harbour Last” campaign before the vote.'));
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
    expect(quoteWith(result, 'Harbour Last')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    const show = analyzeWith(story('Petra Holm praised the crews on Radio Saltby’s “Morning Tide” last week.'));
    expect(discardedBy(show, 'title-case-quote').map((d) => d.text)).toEqual(['Morning Tide']);
  });

  test('after a verb of writing, a programme named on an occasion, or a possessive, the phrase is still a title', () => {
    const wrote = analyzeWith(story('Petra Holm wrote “The Sea Road” in a single winter.'));
    expect(discardedBy(wrote, 'title-case-quote').map((d) => d.text)).toEqual(['The Sea Road']);
    const programme = analyzeWith(story('Petra Holm said on Radio Saltby’s “Morning Tide” that the fares were too high.'));
    expect(discardedBy(programme, 'title-case-quote').map((d) => d.text)).toEqual(['Morning Tide']);
  });

  test('a thing called by a name is still a title: a ferry called the “Island Star”', () => {
    const result = analyzeWith(story('The council bought a ferry called the “Island Star” last spring.'));
    expect(discardedBy(result, 'title-case-quote').map((d) => d.text)).toEqual(['Island Star']);
  });

  test('in a headline opened by a speaker and a colon the quoted words are the speaker\'s: Holm: board set for ‘Harbour Fund’ row', () => {
    const result = analyzeWith('Holm: board set for ‘Harbour Fund’ row over fares\n\nThe harbour board met on Monday and voted for the new timetable.');
    expect(discardedBy(result, 'title-case-quote')).toEqual([]);
  });
});
