import { analyzeWith, mentionsIn, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('“The ferry must stay for another decade,” said political analyst Petra Holm.');
const holm = (text: string) => mentionsIn(story(text)).find((m) => m.text === 'Petra Holm');

describe('role-before-name', () => {
  test('a lower-case role right before a name is its role: "said political analyst Petra Holm"', () => {
    expect(quoteWith(analyzeWith(TEXT), 'another decade')?.speaker).toEqual({ name: 'Petra Holm', role: 'political analyst' });
    expect(holm('The ferry will stay, said political analyst Petra Holm.')).toMatchObject({ role: 'political analyst', roleRule: 'role-before-name' });
  });

  test('the capitalised first word of a sentence belongs to the role: "Opposition deputy Petra Holm said"', () => {
    expect(holm('Opposition deputy Petra Holm said the ferry would stay.')?.role).toBe('Opposition deputy');
  });

  test('a role noun of several words and its modifiers: "said former chief of staff Petra Holm"', () => {
    expect(holm('The ferry will stay, said former chief of staff Petra Holm.')?.role).toBe('former chief of staff');
    expect(holm('Former secretary of state Petra Holm said the ferry would stay.')?.role).toBe('Former secretary of state');
  });

  test('a lower-case word that is no role noun gives no role: "visited Petra Holm"', () => {
    expect(holm('The minister visited Petra Holm on the island.')?.role).toBeNull();
  });

  test('disabled, the mention is still found but has no role', () => {
    const m = mentionsIn(story('The ferry will stay, said political analyst Petra Holm.'), without('role-before-name')).find((x) => x.text === 'Petra Holm');
    expect(m).toBeDefined();
    expect(m?.role).toBeNull();
  });
});
