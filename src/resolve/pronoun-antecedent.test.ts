import { analyzeWith, story, without } from '../../tests/rules/analyze';

const SHE = story('Petra Holm said the ferry would survive. She added that the vote was close.');

describe('pronoun-antecedent', () => {
  test('"she" refers to the person who spoke just before', () => {
    const { quotes, speakers } = analyzeWith(SHE);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Petra Holm', 'Petra Holm']);
    expect(quotes[1]?.rules).toContain('pronoun-antecedent');
    expect(speakers[0]?.rules).toEqual(['new-person', 'pronoun-antecedent']);
  });

  test('after a speaker with no name, "he" is that speaker, not the company he speaks for nor a person named before', () => {
    const text = story(
      'Jon Dahl, the harbour master, said the quay would reopen in May.',
      'A spokesman for Dunmere Shipping said the firm had “no plans” to leave the port.',
      '“We have been here for ninety years,” he added.',
    );
    const q = analyzeWith(text).quotes.find((x) => x.text.includes('ninety years'));
    expect(q?.mention?.text).toBe('he');
    expect(q?.speaker).toBeNull();
  });

  test('a person named between the nameless speaker and "he" is still its antecedent: "A reporter asked Jon Dahl ... He replied"', () => {
    const text = story('A reporter asked Jon Dahl whether the quay would reopen. He replied: “Not before the summer.”');
    expect(analyzeWith(text).quotes.find((x) => x.text.includes('summer'))?.speaker?.name).toBe('Jon Dahl');
  });

  test('a title tells the gender: "she" skips the later "Mr. Jon Dahl"', () => {
    const { quotes } = analyzeWith(story('Petra Holm said the ferry would survive. Mr. Jon Dahl said the bridge would never be built. She added that the vote was close.'));
    expect(quotes[2]?.speaker?.name).toBe('Petra Holm');
  });

  test('a title in quotation marks is no antecedent: "he" after “Harbor Mornings Live” is still Jon Dahl', () => {
    const { quotes } = analyzeWith(story('Jon Dahl said the ferry would survive. In an interview with “Harbor Mornings Live” on Tuesday, he said the bridge would never be built.'));
    expect(quotes[1]?.speaker?.name).toBe('Jon Dahl');
  });

  test('a name a preposition governs is not the subject: "he" after "With a vote for Tam Osei ruled out, Bo Renner ..." is not Osei', () => {
    const { quotes } = analyzeWith(story('Mara Quint opened the meeting. With a vote for Tam Osei ruled out, Bo Renner said he would back Ida Fenn, whom he called “the steadiest hand we have.”'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Bo Renner', 'Bo Renner']);
  });

  test('but a governed name with no other subject in its sentence still is one: "As for Tam Osei, he said"', () => {
    const { quotes } = analyzeWith(story('Bo Renner spoke first. As for Tam Osei, he said the harbour plan was “finished.”'));
    expect(quotes[0]?.speaker?.name).toBe('Tam Osei');
  });

  test('"they" refers to a group, not a person', () => {
    const { quotes } = analyzeWith(story('Some analysts said the ferry would survive. They added that the bridge would never be built.'));
    expect(quotes[1]?.speaker?.name).toBe('Some analysts');
  });

  test('a pronoun with no person before it stays unresolved', () => {
    const { quotes } = analyzeWith(story('She said the ferry would survive.'));
    expect(quotes[0]).toMatchObject({ speaker: null, speakerReason: 'the pronoun mention "She" could not be resolved to a speaker' });
  });

  test('disabled, "she" is not resolved', () => {
    expect(analyzeWith(SHE, without('pronoun-antecedent')).quotes[1]?.speaker).toBeNull();
  });
});
