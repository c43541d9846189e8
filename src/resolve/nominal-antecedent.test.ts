import { analyzeWith, story, without } from '../../tests/rules/analyze';

const RESEARCHER = 'Petra Holm, a researcher at the Nordic Transport Institute, said the ferry would survive.';

describe('nominal-antecedent', () => {
  test('an abbreviated title stands for its noun: "the doctor" is "Dr Ana Ruiz", "the senator" is "Sen. Ola Brandt"', () => {
    const text = story('Dr Ana Ruiz, a consultant surgeon, said the crew was healthy. Sen. Ola Brandt said the ferry would run.', '“They are fine,” the doctor said.', '“It will,” the senator said.');
    expect(analyzeWith(text).quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz', 'Ola Brandt', 'Ana Ruiz', 'Ola Brandt']);
  });

  test('a noun in the complement of a role is not the role: "the pamphlet" is not "the author of the pamphlet"', () => {
    const text = story('The author of the pamphlet, Petra Holm, said the ferry would survive.', 'The pamphlet says the crossing takes an hour.');
    expect(analyzeWith(text).quotes[1]?.speaker?.name).not.toBe('Petra Holm');
  });

  test('but a role noun of several words is looked for whole: "the secretary of state"', () => {
    const text = story('Petra Holm, the former secretary of state, said the ferry would survive.', 'The former secretary of state added that the vote was close.');
    expect(analyzeWith(text).quotes[1]?.speaker?.name).toBe('Petra Holm');
  });

  test('"the researcher" refers to the person whose role holds "researcher"', () => {
    const { quotes, speakers } = analyzeWith(story(RESEARCHER, 'The researcher added that the vote was close.'));
    expect(quotes[1]?.speaker?.name).toBe('Petra Holm');
    expect(quotes[1]?.rules).toContain('nominal-antecedent');
    expect(speakers[0]?.aliases).toEqual(['Petra Holm', 'The researcher']);
  });

  test('"the same researcher" finds her past a later speaker with another role', () => {
    const { quotes } = analyzeWith(story(`${RESEARCHER} Jon Dahl said the bridge would never be built. The same researcher added that the vote was close.`));
    expect(quotes[2]?.speaker?.name).toBe('Petra Holm');
  });

  test('"the same expert" with no such role falls back to the latest speaker', () => {
    const { quotes } = analyzeWith(story('Petra Holm said the ferry would survive. Jon Dahl said the bridge would never be built. The same expert added that the vote was close.'));
    expect(quotes[2]?.speaker?.name).toBe('Jon Dahl');
  });

  test('the noun is a whole word of the role, in any case: "the president" is no "presidential adviser"', () => {
    const shouting = 'Petra Holm, a RESEARCHER at the Nordic Transport Institute, said the ferry would survive.';
    expect(analyzeWith(story(shouting, 'The researcher added that the vote was close.')).quotes[1]?.speaker?.name).toBe('Petra Holm');
    const adviser = 'Petra Holm, a presidential adviser, said the ferry would survive.';
    const { quotes } = analyzeWith(story(adviser, 'The president added that the vote was close.'));
    expect(quotes[1]?.mention?.text).toBe('The president');
    expect(quotes[1]?.speaker?.name).not.toBe('Petra Holm');
  });

  test('an indefinite nominal introduces someone new: "A minister added"', () => {
    const { quotes } = analyzeWith(story(RESEARCHER, 'A minister added that the vote was close.'));
    expect(quotes[1]?.speaker).toBeNull();
  });

  test('disabled, "the researcher" is not resolved', () => {
    const { quotes } = analyzeWith(story(RESEARCHER, 'The researcher added that the vote was close.'), without('nominal-antecedent'));
    expect(quotes[1]?.speaker).toBeNull();
  });
});
