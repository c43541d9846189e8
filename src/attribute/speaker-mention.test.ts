import { probe, story, subjectOf } from '../../tests/rules/analyze';
import fc from 'fast-check';
import { opensClause, speakerOfCue } from './speaker-mention';

describe('opensClause', () => {
  test('nothing before the verb, or a clause break right before it: ", said Ada Quist", "Said Ada Quist:"', () => {
    for (const lead of ['', '  ', 'The ferry will run, ', 'One thing is sure; ', 'Her answer — ', 'He wrote (', 'Late again - ']) expect(opensClause(lead)).toBe(true);
    for (const lead of ['The mayor ', 'who has described ', '-', 'a well-', 'The ferry runs late. ']) expect(opensClause(lead)).toBe(false);
  });

  test('reads only the end of the text, as the pattern over the whole sentence did', () => {
    const whole = /(?:^|[,;:—–(\[]|\s-)\s*$/u;
    const piece = fc.constantFrom('a', ' ', '\n', '\u00a0', ',', ';', ':', '—', '–', '(', '[', '-', '.', 'é');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => opensClause(pieces.join('')) === whole.test(pieces.join(''))));
  });
});

describe('speakerOfCue', () => {
  test('the phrase after an absolute "with" is the subject of its participle: ", with the office of the former mayor saying"', () => {
    expect(subjectOf('And Jon Dahl turned on Holm, with the office of the former mayor from Saltby saying the ferry was late.', 'saying')).toBe('the office');
    expect(subjectOf('Jon Dahl met with the former mayor saying the ferry was late.', 'saying')).toBe('Jon Dahl');
  });

  test('a participle after a comma goes on with the speech verb before it, unless a clause opens after that verb', () => {
    expect(subjectOf('Alongside Harbor Trust appeals for calm, even a veteran councillor said the mayor will have to choose, saying the ferry was late.', 'saying')).toBe('a veteran councillor');
    expect(subjectOf('Jon Dahl admitted some delay even as she defended the crew, saying the ferry was late.', 'saying')).toBe('she');
  });

  test('a passive names its speaker after "by": "Jo Li was asked by host Jon Dahl", not the one spoken to', () => {
    expect(subjectOf('At the town hall, Jo Li was asked by host Jon Dahl whether the ferry would stay.', 'asked')).toBe('Jon Dahl');
    expect(subjectOf('At the town hall, Jo Li was asked by the moderator whether the ferry would stay.', 'asked')).toBe('the moderator');
    expect(subjectOf('At the town hall, Jo Li was asked whether the ferry would stay.', 'asked')).toBeNull();
  });

  test('a gerund after a verb of beginning or keeping is the finite verb of its subject: "Jon Dahl kept asking", "he began by saying"', () => {
    expect(subjectOf('It began when Petra Holm first testified, and Sen. Jon Dahl (R-Ore.) kept asking her why the ferry was late.', 'asking')).toBe('Sen. Jon Dahl');
    expect(subjectOf('It began when Petra Holm first testified, and Jon Dahl began by saying the ferry was late.', 'saying')).toBe('Jon Dahl');
  });

  test('a mention after a verb inside its clause is its object, not an inverted subject: "who has long described the mayor as"', () => {
    expect(subjectOf('The clerk, who has long since described the mayor as a gambler, left.', 'described')).toBeNull();
    expect(subjectOf('Back then, said Petra Holm, the ferry was full.', 'said')).toBe('Petra Holm');
  });

  test('"as" before a subject pronoun opens a clause whose subject a participle may take: "even as he defended the board, saying"', () => {
    expect(subjectOf('Jon Dahl admitted some errors even as he defended the harbour board, saying the ferry would stay.', 'saying')).toBe('he');
  });

  test('a mention a preposition governs does not speak for a participle, unless after "with" or "of"', () => {
    expect(subjectOf('Word went out to the ferry crews saying the harbour would close.', 'saying')).toBeNull();
    expect(subjectOf('Nobody liked the video of Jane Moss saying the harbour would close.', 'saying')).toBe('Jane Moss');
  });

  test('a verb coordinated with an earlier one speaks for the sentence subject: "Petra Holm criticized the plan and said"', () => {
    expect(subjectOf('Petra Holm criticized the harbor plan and said the ferry would stay.', 'said')).toBe('Petra Holm');
    expect(subjectOf('She paused for a moment and then added that the ferry would stay.', 'added')).toBe('She');
  });

  test('it speaks for the subject of the nearest clause: "Petra Holm began the meeting when he raised the fares and later said"', () => {
    expect(subjectOf('Petra Holm opened the debate when he raised the fares and later said the ferry would stay.', 'said')).toBe('he');
  });

  test('a clause also opens after a quotation\'s comma or a dash: "“...,” Jon Dahl said, adding", "HARBORTOWN — Petra Holm wrote, saying"', () => {
    expect(subjectOf('Petra Holm’s plan is “a good one for the island,” Jon Dahl said, adding that the fares would rise.', 'adding')).toBe('Jon Dahl');
    expect(subjectOf('Oslo, Norway — Petra Holm wrote to the board on Tuesday, saying the ferry would stay.', 'saying')).toBe('Petra Holm');
  });

  test('a role set off after a name is no clause subject: "Jon Dahl, the harbor master, wrote to the board, saying"', () => {
    expect(subjectOf('Jon Dahl, the harbor master, wrote to the board, saying the ferry would stay.', 'saying')).toBe('Jon Dahl');
  });
});

describe('speakerOfCue for a participle after a comma', () => {
  test('the subject opens the main clause after an introductory phrase: "After meeting Jon Dahl, Petra Holm thanked the crew, saying"', () => {
    expect(subjectOf('After meeting Jon Dahl on Tuesday, Petra Holm thanked the crew, saying the ferry would stay.', 'saying')).toBe('Petra Holm');
  });
});

describe('speakerOfCue for a participle right after a mention', () => {
  test('a mention governed by a preposition is not its subject: "Petra Holm wrote to supporters saying"', () => {
    expect(subjectOf('Petra Holm wrote to Jon Dahl saying the ferry would stay.', 'saying')).toBe('Petra Holm');
  });

  test('nor is the object of a verb: "Petra Holm emailed supporters saying"', () => {
    expect(subjectOf('Petra Holm emailed supporters saying the ferry would stay.', 'saying')).toBe('Petra Holm');
  });
});

describe('speakerOfCue', () => {
  test('a passive verb names the one spoken to, not the speaker: "Petra Holm was told"', () => {
    expect(subjectOf('Petra Holm was told that the ferry would stay.', 'told')).toBeNull();
  });

  test('a progressive is the finite verb of its subject: "Petra Holm is telling voters", "she was saying"', () => {
    expect(subjectOf('Petra Holm is telling voters that the ferry will stay.', 'telling')).toBe('Petra Holm');
    expect(subjectOf('Petra Holm spoke. She was also saying that the ferry will stay.', 'saying')).toBe('She');
  });

  test('after a closing quote the subject is looked for after the verb first: `“...,” said Petra Holm`', () => {
    expect(subjectOf('Jon Dahl listened. “The ferry will stay,” said Petra Holm.', 'said')).toBe('Petra Holm');
  });

  test('a participle after a comma speaks for the subject of the sentence: "Petra Holm wrote to the council, saying"', () => {
    expect(subjectOf('Petra Holm wrote to the council on Monday, saying the ferry would stay.', 'saying')).toBe('Petra Holm');
  });
});

describe('speakerOfCue for a coordinated verb after a subject pronoun', () => {
  test('a subject pronoun after a name and a comma opens the clause, not an appositive: "when I asked Jon Dahl about it, he smiled and said"', () => {
    const sentence = 'When I asked Jon Dahl if he would ever back Petra Holm, he smiled at the crowd and said the fares would stay.';
    const after = probe(story(sentence), (ctx) => {
      const m = speakerOfCue(ctx, ctx.cues.find((c) => c.text === 'said')!);
      return m ? ctx.text.slice(m.start, m.start + 10) : null;
    });
    expect(after).toBe('he smiled ');
  });
});

describe('speakerOfCue for a participle joined to an earlier one', () => {
  test('a participle after "and" speaks for the subject of the earlier participle: "with Jon Dahl writing that … and asking"', () => {
    expect(subjectOf('Critics were quick to pile on, with Jon Dahl writing that the plan was “a farce” for the island and asking, “Who will pay?”', 'asking')).toBe('Jon Dahl');
  });
});
