import { analyzeWith, quoteWith, story, subjectOf } from '../../tests/rules/analyze';
import { subjectBefore } from './subject-before';

describe('subjectBefore', () => {
  test('a name set off after a role that ends in its organisation is the subject: "The spokesman for the Harbour Board, Ola Brandt, told"', () => {
    expect(subjectOf('The spokesman for the Harbour Board, Ola Brandt, told reporters that the quay would reopen.', 'told', subjectBefore)).toBe('Ola Brandt');
    expect(subjectOf('A lawyer for the crew, Ola Brandt, told reporters that the quay would reopen.', 'told', subjectBefore)).toBe('Ola Brandt');
  });

  test('with no comma too, a role noun takes the phrase its preposition opens: "A spokeswoman for Dunmere Shipping said"', () => {
    expect(subjectOf('A spokeswoman for Dunmere Shipping said the firm would appeal.', 'said', subjectBefore)).toBe('A spokeswoman');
    expect(subjectOf('An aide to the harbour master said the quay would reopen.', 'said', subjectBefore)).toBe('An aide');
    // (but a verb before the preposition makes the noun after it no postmodifier: "The talk ended with Ola Berg saying")
    expect(subjectOf('The talk ended with Ola Berg saying the quay would reopen.', 'saying', subjectBefore)).not.toBe('The talk');
  });

  test('a phrase a preposition governs belongs to the role or group before it: "A senior official at the port authority, who ..., said"', () => {
    expect(subjectOf('A senior official at the port authority, who asked not to be named, said the quay would reopen.', 'said', subjectBefore)).toBe('A senior official');
    expect(subjectOf('Fishermen in Nordhavn, angry at the delay, said the quay would reopen.', 'said', subjectBefore)).toBe('Fishermen');
    expect(subjectOf('Fishermen in Nordhavn have long said the quay would reopen.', 'said', subjectBefore)).toBe('Fishermen');
    expect(subjectOf('Ola Brandt, the head of the port authority, said the quay would reopen.', 'said', subjectBefore)).toBe('Ola Brandt');
  });

  test('an acronym inside a role set off before a name is no subject: "The county MP, Jon Dahl, said"', () => {
    expect(subjectOf('The county MP, Jon Dahl, said he had asked for a ferry survey.', 'said', subjectBefore)).toBe('Jon Dahl');
    const q = analyzeWith(story('The county MP, Jon Dahl, said he had asked for a ferry survey.')).quotes;
    expect(q.map((x) => [x.text, x.speaker?.name, x.speaker?.role])).toEqual([['he had asked for a ferry survey', 'Jon Dahl', 'county MP']]);
  });

  test('a name in a relative clause set off by commas is no subject: "Jane Moss (D-Ohio), who has endorsed Hale, said"', () => {
    expect(subjectOf('Sen. Jane Moss (D-Ohio), who has endorsed Rob Hale, said the ferry would stay.', 'said', subjectBefore)).toBe('Sen. Jane Moss');
  });

  test('an appositive may hold a short quotation of its own: "Sam Rook, wearing “Vote Pike” buttons, said"', () => {
    expect(subjectOf('Ohio delegate Sam Rook, wearing a red cap and “Vote Pike” buttons, said the week had gone badly.', 'said', subjectBefore)).toBe('Sam Rook');
    const q = quoteWith(analyzeWith(story('“We have had far better weeks than this one,” Ohio delegate Sam Rook, wearing a red cap and “Vote Pike” buttons, said quietly.')), 'better weeks');
    expect(q?.speaker?.name).toBe('Sam Rook');
  });

  test('a title in quotation marks is no subject: "Jon Dahl went on to promote “Harbor Nights,” remark that ..."', () => {
    const text = 'Jon Dahl went on to promote “Harbor Nights,” note that he had bought the old ferry and boast about his new pier.';
    expect(subjectOf(text, 'note', subjectBefore)).toBeNull();
    const q = quoteWith(analyzeWith(story('Jon Dahl went on to promote “Harbor Nights,” remark that he had lately acquired the old pier, and brag about his new marina in Saltby — “which is a wonderful spot.”')), 'wonderful');
    expect(q?.speaker?.name).toBe('Jon Dahl');
  });

  test('a place a preposition governs is no subject, nor the state after its city: "Jane Moss, at a meeting in Dayton, Ohio, said"', () => {
    expect(subjectOf('Jane Moss, at a town meeting in Dayton, Ohio, said she would keep the ferry.', 'said', subjectBefore)).toBe('Jane Moss');
    expect(subjectOf('In a letter to the Herald, her press aide, Jon Dahl, said the ferry would stay.', 'said', subjectBefore)).toBe('Jon Dahl');
    expect(subjectOf('Speaking at a meeting in Salem, Oregon, Jane Moss praised the crew, calling them “the best on the coast.”', 'calling')).toBe('Jane Moss');
  });

  test('a state abbreviated after its city is no subject: "in Salem, OR, after the vote, Gov. Jon Dahl (R-OR), said"', () => {
    expect(subjectOf('At the pier in Salem, OR, after winning the vote, Gov. Jon Dahl (R-OR), said the ferry would stay.', 'said', subjectBefore)).toBe('Gov. Jon Dahl');
  });

  test('a relative clause or a phrase of place between subject and verb is skipped', () => {
    expect(subjectOf('A harbour official who spoke on condition of anonymity said the ferry would stay.', 'said', subjectBefore)).toBe('A harbour official');
    expect(subjectOf('“Is the ferry staying?” a council clerk in the back row wondered.', 'wondered', subjectBefore)).toBe('a council clerk');
  });

  test('an appositive between subject and verb is skipped: "Petra Holm, a researcher at the Nordic Institute, said"', () => {
    expect(subjectOf('Petra Holm, a researcher at the Nordic Institute, said the ferry would stay.', 'said', subjectBefore)).toBe('Petra Holm');
  });

  test('a phrase set off by commas may follow a relative pronoun: "the crew, who, on a call Friday, criticized"', () => {
    expect(subjectOf('Petra Holm thanked the crew, who, on a call Friday, criticized the council for the delay.', 'criticized', subjectBefore)).toBe('who');
  });

  test('an appositive between dashes is skipped: "Petra Holm — named by the paper as a likely pick — told"', () => {
    expect(subjectOf('On Friday, Petra Holm — named by the Courier as the likely pick — told Jon Dahl of the Herald that the ferry would stay.', 'told')).toBe('Petra Holm');
    expect(subjectOf('Jon Dahl - who was posted at the pier for three years - said the ferry would stay.', 'said', subjectBefore)).toBe('Jon Dahl');
  });

  test('"long" and "in the past" may stand between: "the crew has long argued", "who had in the past described"', () => {
    expect(subjectOf('The crew has long argued that the ferry would stay.', 'argued', subjectBefore)).toBe('The crew');
    expect(subjectOf('Jon Dahl, who had in the past described the ferry as a relic, spoke.', 'described', subjectBefore)).toBe('who');
  });

  test('filler words may stand between: "Petra Holm further stated", "she has also said"', () => {
    expect(subjectOf('Petra Holm further stated that the ferry would stay.', 'stated', subjectBefore)).toBe('Petra Holm');
    expect(subjectOf('Petra Holm spoke. She has also said that the ferry would stay.', 'said', subjectBefore)).toBe('She');
  });

  test('a second role joined by "and" is part of the subject: "the harbor master and Nordvik ferry captain said"', () => {
    expect(subjectOf('The ferry will stay, the harbor master and Nordvik ferry captain said.', 'said', subjectBefore)).toBe('the harbor master');
  });

  test('a verb that hands on to the reporting verb is filler: "Petra Holm went on to say"', () => {
    expect(subjectOf('Petra Holm went on to say the ferry would stay.', 'say', subjectBefore)).toBe('Petra Holm');
  });

  test('a mention governed by the preposition of a participle is no subject: "Petra Holm speaking to the Courier said"', () => {
    expect(subjectOf('Petra Holm speaking to the Courier said the ferry would stay.', 'said', subjectBefore)).toBe('Petra Holm');
  });

  test('a short parenthesis is filler: "Rep. Ada Lund (D-Vermont) said"', () => {
    expect(subjectOf('Rep. Ada Lund (D-Vermont) said the ferry would stay.', 'said', subjectBefore)).toBe('Rep. Ada Lund');
  });

  test('a bare comma parts a clause from its attribution: "... for Jon Dahl, said Petra Holm" has no subject before', () => {
    expect(subjectOf('The ferry is good for Jon Dahl, said Petra Holm.', 'said', subjectBefore)).toBeNull();
  });
});
