import { analyzeWith, quoteWith, story, subjectOf } from '../../tests/rules/analyze';
import { subjectAfter } from './subject-after';

describe('subjectAfter', () => {
  test('a role after an article or a possessive, or set off by a comma, may stand before the name: "added his campaign manager Jon Dahl"', () => {
    const quote = '“We are going to win the county and then the whole state,” ';
    expect(subjectOf(quote + 'added his campaign manager Jon Dahl, speaking to reporters.', 'added', subjectAfter)).toBe('Jon Dahl');
    expect(subjectOf(quote + 'said the party chairman Jon Dahl.', 'said', subjectAfter)).toBe('Jon Dahl');
    expect(subjectOf(quote + 'said her spokesman, Jon Dahl.', 'said', subjectAfter)).toBe('Jon Dahl');
  });

  test('"it" after a verb is its object, never an inverted subject: `, calling it “absurd.”`', () => {
    expect(subjectOf('The mayor rejected the plan on Monday, calling it “absurd.”', 'calling', subjectAfter)).toBeNull();
  });

  test('the period of an abbreviation ends no clause: "said the U.K. “plainly” lacked" has no inverted subject', () => {
    expect(subjectOf('The envoy said the U.K. “plainly” lacked a new ferry.', 'said', subjectAfter)).toBeNull();
  });

  test('a role with "of" inside may stand between verb and name: "said master of ceremonies Jon Dahl"', () => {
    expect(subjectOf('“Welcome to the harbour,” said master of ceremonies Jon Dahl.', 'said', subjectAfter)).toBe('Jon Dahl');
  });

  test('a word after "of" in such a role is a noun even when it can be a verb: "said former secretary of state Jon Dahl"', () => {
    expect(subjectOf('“Welcome to the harbour,” said former secretary of state Jon Dahl, who chaired the board.', 'said', subjectAfter)).toBe('Jon Dahl');
  });

  test('an inverted subject that ends its clause: `, said Petra Holm.`', () => {
    expect(subjectOf('The ferry will stay, said Petra Holm.', 'said', subjectAfter)).toBe('Petra Holm');
  });

  test('a group after "one of" stands for the one who spoke: `, said one of the harbor officials.`', () => {
    expect(subjectOf('The ferry will stay, said one of the harbor officials.', 'said', subjectAfter)).toBe('the harbor officials');
  });

  test('a count before the noun belongs to the subject: `, said one Liberal familiar with the talks.`', () => {
    expect(subjectOf('The ferry will stay, said one Liberal familiar with the talks.', 'said', subjectAfter)).toBe('Liberal');
    expect(subjectOf('The ferry will stay, said one well-connected Liberal.', 'said', subjectAfter)).toBe('Liberal');
  });

  test('a participle or "known as" after the name ends the clause: `, said Petra Holm, speaking at the pier`', () => {
    expect(subjectOf('The ferry will stay, said Petra Holm speaking at the pier.', 'said', subjectAfter)).toBe('Petra Holm');
    expect(subjectOf('The ferry will stay, said the captain known as Ole.', 'said', subjectAfter)).toBe('the captain');
  });

  test('a name that goes on as the subject of another verb is no inverted subject: "said Petra Holm would"', () => {
    expect(subjectOf('The council said Petra Holm would decide.', 'said', subjectAfter)).toBeNull();
  });

  // BUG: the check that an inverted subject ends its clause reads past the end of the paragraph, so a paragraph that
  // ends with the name and no period ("said Ada Strand" + line break) finds no speaker.
  test('a name that ends its paragraph without a period ends the clause: `“...,” said Ada Strand⏎`', () => {
    const q = quoteWith(analyzeWith(story('“We stay for good,” said Ada Strand', 'The vote was close.')), 'We stay for good');
    expect(q?.speaker?.name).toBe('Ada Strand');
  });
});
