import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('trailing-attribution', () => {
  test('an inverted attribution after the quote: `“...,” said Mayor Tomas Reyk.`', () => {
    const q = quoteWith(analyzeWith(story('“We will rebuild the bridge before winter,” said Mayor Tomas Reyk.')), 'rebuild');
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Tomas Reyk', role: 'Mayor' }, confidence: 0.95 });
    expect(q?.rules).toContain('trailing-attribution');
  });

  test('a reporting participle that opens the sentence is no part of the quote: `Citing “...,” the aide said`', () => {
    const a = analyzeWith(story('The vote was delayed. Citing “family reasons,” the mayor’s aide told reporters that Jo Li would withdraw. Recalling the “dark winter of the strike,” the union urged its members to stay calm.'));
    expect(quoteWith(a, 'family reasons')).toMatchObject({ kind: 'direct', text: 'family reasons,' });
    expect(quoteWith(a, 'dark winter')).toMatchObject({ kind: 'mixed', text: 'the “dark winter of the strike,”' });
    // (a participle further into the sentence is part of what was said)
    expect(quoteWith(analyzeWith(story('The mayor’s aide kept citing “family reasons,” Jo Li said.')), 'family reasons')).toMatchObject({ kind: 'mixed', text: 'The mayor’s aide kept citing “family reasons,”' });
    // (a mark typed with no space after the participle is read the same way)
    expect(quoteWith(analyzeWith(story('Citing“family reasons,” the mayor’s aide told reporters that Jo Li would withdraw.')), 'family reasons')).toMatchObject({ kind: 'direct', text: 'family reasons,' });
  });

  test('a signature line after a quoted paragraph: `“...”` + `— Petra Holm.`', () => {
    const q = quoteWith(analyzeWith(story('“We will rebuild the bridge before winter, whatever the council decides.”', '— Petra Holm.', 'The council meets in May.')), 'rebuild');
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test('a long inverted subject: `“...,” said Nordvik Harbor Authority marine engineer Petra Holm.`', () => {
    const q = quoteWith(analyzeWith(story('“We will rebuild the bridge before winter,” said Nordvik Harbor Authority marine engineer Petra Holm.')), 'rebuild');
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test('a verb in a relative clause set off after the speaker is not the attribution: `“...,” an aide, who asked not to be named, said.`', () => {
    const q = quoteWith(analyzeWith(story('Nobody spoke first. “We will not wait for the council,” a harbor official, who asked that her name be withheld, told the Courier.')), 'not wait');
    expect(q?.mention?.text).toBe('a harbor official');
    expect(q?.rules).toContain('trailing-attribution');
  });

  test('an attribution in the next sentence may say when and to whom: `“...” Petra Holm said to the board on Monday.`', () => {
    const q = quoteWith(analyzeWith(story('Nobody spoke first. “The ferry cannot be replaced.” Petra Holm said to the board on Monday.')), 'replaced');
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test.each([
    ['reports more', 'Jon Dahl said he would vote for the bridge anyway.'],
    ['has words before the attribution', 'That is why, Jon Dahl added, the vote was close.'],
  ])('a next sentence that %s is not the attribution', (_, next) => {
    const result = analyzeWith(story(`“The ferry cannot be replaced,” Petra Holm said. “A bridge is a dream.” ${next}`));
    expect(quoteWith(result, 'dream')?.speaker?.name).toBe('Petra Holm');
  });

  test('subject before the verb after the quote: `“...,” Petra Holm said.`', () => {
    const q = quoteWith(analyzeWith(story('“The ferry cannot be replaced by a bridge,” Petra Holm said.')), 'replaced');
    expect(q?.speaker?.name).toBe('Petra Holm');
    expect(q?.rules).toContain('trailing-attribution');
  });

  test('a quote inside a longer sentence is mixed: `The ferry is “a lifeline ...,” Petra Holm said.`', () => {
    const q = quoteWith(analyzeWith(story('The ferry is “a lifeline for the island and its schools,” Petra Holm said.')), 'lifeline');
    expect(q).toMatchObject({ kind: 'mixed', text: 'The ferry is “a lifeline for the island and its schools,”' });
  });

  test.each([
    ['`“...” She added that ...`', '“The ferry cannot be replaced by a bridge.” Petra Holm added that the vote was close.'],
    ['`“...” She said, twice, that ...`', '“The ferry cannot be replaced by a bridge.” Petra Holm said, twice, that the vote was close.'],
  ])('a next sentence that introduces speech of its own does not close the quote before it: %s', (_, text) => {
    expect(quoteWith(analyzeWith(story(text)), 'replaced')).toMatchObject({ speaker: null, rules: ['double-quotes'] });
  });

  test('disabled, the quote falls to the low-confidence last resort', () => {
    const q = quoteWith(analyzeWith(story('“The ferry cannot be replaced by a bridge,” Petra Holm said.'), without('trailing-attribution')), 'replaced');
    expect(q?.rules).not.toContain('trailing-attribution');
    expect(q?.confidence).toBeLessThan(0.95);
  });
  test('a verb in a relative clause after the quote does not attribute it: `“...” in a plan that he said would ...`', () => {
    const r = analyzeWith(story('The harbour board accused its chair of a "grave lapse of judgment" in trying to block a change that he said would help the island.'));
    expect(quoteWith(r, 'lapse of judgment')?.rules ?? []).not.toContain('trailing-attribution');
  });
  test('words between the closing mark and a set-off attribution make the quote mixed: `“We were shocked” by the vote, she said.`', () => {
    const q = quoteWith(analyzeWith(story('"We were shocked and saddened" by the closing of the ferry line, Petra Holm said.')), 'shocked');
    expect(q).toMatchObject({ kind: 'mixed', text: '"We were shocked and saddened" by the closing of the ferry line', speaker: { name: 'Petra Holm' } });
  });
  test('a comma inside the marks keeps the quote direct: `“We were shocked,” the mayor’s aide, Petra Holm, said.`', () => {
    const q = quoteWith(analyzeWith(story('"We were shocked and saddened," the harbour chief, Petra Holm, said.')), 'shocked');
    expect(q).toMatchObject({ kind: 'direct' });
  });
  test('an inverted attribution set off by a comma after the rest of the clause: `“...” for the town, said Jo Li.`', () => {
    const q = quoteWith(analyzeWith(story('The vote was "a bitter day" for the island and its ferry crews, said Petra Holm, a harbour pilot.')), 'bitter day');
    expect(q).toMatchObject({ kind: 'mixed', text: 'The vote was "a bitter day" for the island and its ferry crews', speaker: { name: 'Petra Holm' } });
  });
  test('an attribution in the next sentence does not pull its words into the mixed quote: `... “late.” Later, Jo Li said.`', () => {
    const q = quoteWith(analyzeWith(story('Everyone knew the ferry was "always late for the tide." Later, Petra Holm said so.')), 'always late');
    expect(q?.text ?? '').not.toContain('Later');
  });
  test('a quote after an opening parenthesis or a dash is not part of the words before it: `... members (“...,” wrote Jo Li)`', () => {
    const q = quoteWith(analyzeWith(story('The plan drew anger from the dockers ("We want our jobs back," wrote Jo Li, a crane driver).')), 'jobs back');
    expect(q).toMatchObject({ kind: 'direct', text: 'We want our jobs back,' });
    // a parenthesis closed before the attribution is an aside inside the clause
    const aside = quoteWith(analyzeWith(story('Her speech, an upbeat spiel on how the ferry ("our lifeline") and the bridge could save the island, drew cheers, Petra Holm said.')), 'lifeline');
    expect(aside?.kind).toBe('mixed');
  });
  test('after a comma inside the marks, a conjunction or preposition goes on with the clause: `“...,” and bookings rose, she said.`', () => {
    const q = quoteWith(analyzeWith(story('"The ferry runs again," and bookings rose last week, Petra Holm said.')), 'runs again');
    expect(q).toMatchObject({ kind: 'mixed', text: '"The ferry runs again," and bookings rose last week', speaker: { name: 'Petra Holm' } });
  });
  test('the mixed clause starts at the "that" of a speech verb before the quote: `..., which claimed that the ferry was “...,” Jo Li said.`', () => {
    const q = quoteWith(analyzeWith(story('The rumour began with a council memo, which claimed that the ferry was "a floating ruin," Petra Holm said.')), 'floating ruin');
    expect(q).toMatchObject({ kind: 'mixed', text: 'that the ferry was "a floating ruin,"', speaker: { name: 'Petra Holm' } });
  });
});
