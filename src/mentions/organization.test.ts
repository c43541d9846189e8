import { analyzeWith, mentionsIn, quoteWith, story } from '../../tests/rules/analyze';

const orgs = (text: string) =>
  mentionsIn(story(text)).filter((m) => m.rule === 'organization').map((m) => m.text);

describe('organization', () => {
  test('a capitalised name ending in an organisation noun speaks as an organisation: "the Transport Ministry said"', () => {
    const q = quoteWith(analyzeWith(story('“The ferry must stay,” the Transport Ministry said in a statement.')), 'ferry must stay');
    expect(q?.mention).toMatchObject({ text: 'the Transport Ministry', type: 'organization', rule: 'organization' });
    expect(q?.speaker?.name).toBe('Transport Ministry');
  });

  test('a name ending in a company word is an organisation, not a person: "Tarn Holdings", "Evers Motors"', () => {
    expect(mentionsIn(story('Tarn Holdings said the ferry would stay. Evers Motors said it would not.')).map((m) => [m.text, m.type])).toEqual([
      ['Tarn Holdings', 'organization'],
      ['Evers Motors', 'organization'],
      ['it', 'pronoun'],
    ]);
  });

  test('an acronym is an organisation: "NATO"', () => {
    expect(orgs('NATO agreed to pay for the ferry.')).toEqual(['NATO']);
  });

  test('"the" + a lower-case organisation noun is one too: "the ministry said"', () => {
    expect(orgs('The plan is final, the ministry said.')).toEqual(['the ministry']);
  });

  test('a possessive is not part of the name: "the Harbor Authority’s plan"', () => {
    expect(orgs('The ferry is part of the Harbor Authority’s plan.')).toEqual(['the Harbor Authority']);
  });

  test('an organisation named inside quoted text is not a mention', () => {
    expect(orgs('“The ministry will pay,” Petra Holm said.')).toEqual([]);
  });

  test('disabled, an acronym is no organisation mention', () => {
    expect(mentionsIn(story('NATO agreed to pay for the ferry.'), { disable: ['organization'] }).map((m) => m.type)).not.toContain('organization');
  });
});
