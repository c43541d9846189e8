import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('relative-antecedent', () => {
  test('"who" refers to the name its clause is attached to, past an appositive', () => {
    const text = story('“We are ready,” said Jon Dahl, the port’s chief engineer, who added that the crews “will be there at dawn.”');
    const q = quoteWith(analyzeWith(text), 'at dawn');
    expect(q?.mention?.text).toBe('who');
    expect(q?.speaker?.name).toBe('Jon Dahl');
    expect(q?.rules).toContain('relative-antecedent');
  });

  test('a place after "of" is not the antecedent: "Jane Moss of Saltby, who"', () => {
    const text = story('The plan was opposed by Jane Moss of Saltby, who called it “a disaster for the island.”');
    expect(quoteWith(analyzeWith(text), 'disaster')?.speaker?.name).toBe('Jane Moss');
  });

  test('disabled, "who" stays unresolved', () => {
    const text = story('The plan was opposed by Jane Moss, who called it “a disaster for the island.”');
    expect(quoteWith(analyzeWith(text, without('relative-antecedent')), 'disaster')?.speaker).toBeNull();
  });
});
