import { analyzeWith, mentionsIn, speakerNamed, story, without } from '../../tests/rules/analyze';

const SPOKESWOMAN = story('“The ferry must stay,” said Petra Holm, a spokeswoman for the Transport Ministry.');
const affiliation = (text: string) => mentionsIn(story(text)).find((m) => m.text === 'Petra Holm');

describe('affiliation-from-role', () => {
  test('a role that names an organisation gives the affiliation: "spokeswoman for the Transport Ministry"', () => {
    expect(speakerNamed(analyzeWith(SPOKESWOMAN), 'Petra Holm')).toMatchObject({ role: 'spokeswoman for the Transport Ministry', affiliation: 'Transport Ministry' });
    expect(affiliation('Petra Holm, a spokeswoman for the Transport Ministry, said the ferry would stay.')).toMatchObject({
      affiliation: 'Transport Ministry', affiliationRule: 'affiliation-from-role',
    });
  });

  test('the last at/of phrase is the organisation: "professor of economics at Valden University"', () => {
    expect(affiliation('Petra Holm, a professor of economics at Valden University, said the ferry would stay.')?.affiliation).toBe('Valden University');
  });

  test('a lower-case phrase counts when it ends in an organisation noun: "chairwoman of the works council"', () => {
    expect(affiliation('Petra Holm, the chairwoman of the works council, said the ferry would stay.')?.affiliation).toBe('works council');
  });

  test('a field of study is no affiliation: "a professor of economics"', () => {
    const m = affiliation('Petra Holm, a professor of economics, said the ferry would stay.');
    expect(m?.role).toBe('professor of economics');
    expect(m?.affiliation).toBeNull();
  });

  test('disabled, the speaker keeps the role but has no affiliation', () => {
    expect(speakerNamed(analyzeWith(SPOKESWOMAN, without('affiliation-from-role')), 'Petra Holm')).toMatchObject({
      role: 'spokeswoman for the Transport Ministry', affiliation: null,
    });
  });
});
