import { isSubName, nameWords } from './names';

describe('nameWords', () => {
  test('lower-cases, drops possessives and punctuation, keeps inner hyphens: "Al-Nour Karim’s" -> [al-nour, karim]', () => {
    expect(nameWords('Al-Nour Karim’s')).toEqual(['al-nour', 'karim']);
    expect(nameWords("(Jon  Dahl's)")).toEqual(['jon', 'dahl']);
  });

  test('a name of plain letters and single spaces is only lower-cased and split', () => {
    expect(nameWords('Petra Maria Holm')).toEqual(['petra', 'maria', 'holm']);
    expect(nameWords('Petra  Holm ')).toEqual(['petra', 'holm']);
  });

  test('an empty or punctuation-only name has no words', () => {
    expect(nameWords('')).toEqual([]);
    expect(nameWords(' — ')).toEqual([]);
  });
});

describe('isSubName', () => {
  test('every word of the short name appears in the long one, in order', () => {
    expect(isSubName(['holm'], ['petra', 'holm'])).toBe(true);
    expect(isSubName(['petra', 'holm'], ['petra', 'maria', 'holm'])).toBe(true);
  });

  test('words out of order, missing words or an empty short name do not match', () => {
    expect(isSubName(['holm', 'petra'], ['petra', 'holm'])).toBe(false);
    expect(isSubName(['holmberg'], ['petra', 'holm'])).toBe(false);
    expect(isSubName([], ['petra', 'holm'])).toBe(false);
  });
});
