import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('cue-before-quote', () => {
  test('"according to X," right before the quote names its speaker: `According to Petra Holm, “...”`', () => {
    const q = quoteWith(analyzeWith(story('According to Petra Holm, “the ferry will keep running through the winter, whatever the council decides.”')), 'keep running');
    expect(q?.speaker?.name).toBe('Petra Holm');
    expect(q?.rules).toContain('cue-before-quote');
  });

  test('a mixed clause opens with its complementizer "that": `noted that the ferry was “...” on Sunday`', () => {
    const q = quoteWith(analyzeWith(story('Jon Dahl noted that the night ferry was “late again” on Sunday.')), 'late again');
    expect(q).toMatchObject({ kind: 'mixed', text: 'that the night ferry was “late again” on Sunday', speaker: { name: 'Jon Dahl' } });
    expect(q?.rules).toContain('cue-before-quote');
  });

  test('so does a quotation right after "that" when the clause goes on after its mark; a whole quotation stays direct', () => {
    const mixed = quoteWith(analyzeWith(story('Jon Dahl said that “the crew is tired” of the endless night shifts.')), 'crew is tired');
    expect(mixed).toMatchObject({ kind: 'mixed', text: 'that “the crew is tired” of the endless night shifts' });
    const direct = quoteWith(analyzeWith(story('Jon Dahl said that “the crew is tired of the endless night shifts.”')), 'crew is tired');
    expect(direct).toMatchObject({ kind: 'direct', text: 'the crew is tired of the endless night shifts.' });
  });

  test('a verb in a bare clause reported by an earlier one speaks for the outer speaker: `Petra Holm said Jon Dahl called it “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said Jon Dahl called the ferry “a lifeline for the whole island.”')), 'lifeline');
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test('a quotation that is the object of a verb inside an earlier report is mixed with the whole report: `said that she praised what she called “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said that she phoned the skipper to praise what she called “a flawless crossing.”')), 'flawless');
    expect(q).toMatchObject({ kind: 'mixed', text: 'that she phoned the skipper to praise what she called “a flawless crossing.”', speaker: { name: 'Petra Holm' } });
  });

  test('a time phrase right after the verb stays out of the mixed clause: `said Tuesday night the plan was “...”`', () => {
    const a = analyzeWith(story('Petra Holm said Tuesday night the ferry plan was “a gift to the mainland” and nothing more. Jon Dahl pledged on Friday to keep the “open pier” rule.'));
    expect(quoteWith(a, 'gift to the mainland')?.text).toBe('the ferry plan was “a gift to the mainland” and nothing more');
    expect(quoteWith(a, 'open pier')?.text).toBe('to keep the “open pier” rule');
    // ("earlier", "later" and "recently" may open the clause: `said later talks were “...”`)
    expect(quoteWith(analyzeWith(story('Petra Holm said later talks were “a waste of time” for the island.')), 'waste of time')?.text).toBe('later talks were “a waste of time” for the island');
    // a part of the day with a possessive belongs to the clause
    const b = analyzeWith(story('Petra Holm said Monday night’s vote was “a farce” for the island.'));
    expect(quoteWith(b, 'farce')?.text).toBe('Monday night’s vote was “a farce” for the island');
  });

  test('whom a statement was made to after "to" stays out of the clause: `admitted to the Courier, its rival, that ...`', () => {
    const a = analyzeWith(story('Jon Dahl admitted to the Courier, its old rival, that he and the mayor had “never agreed on anything” in public. Petra Holm referred to the rule that banned “late sailings” on weekdays.'));
    expect(quoteWith(a, 'never agreed')?.text).toBe('that he and the mayor had “never agreed on anything” in public');
    // a relative "that" on the noun after "to" opens no clause of its own
    expect(quoteWith(a, 'late sailings')?.text).toBe('the rule that banned “late sailings” on weekdays');
  });

  test('a phrase set off by commas before "that" and the quote leaves it direct: `claimed, without proof, that “...”`', () => {
    const q = quoteWith(analyzeWith(story('Jon Dahl claimed, without any proof, that “the ferry crews are paid by the mainland to stay away.”')), 'ferry crews');
    expect(q).toMatchObject({ kind: 'direct', text: 'the ferry crews are paid by the mainland to stay away.' });
  });

  test('a place name whose parts are set off by commas stays out of the clause: `said in Saltby, Norway, that ...`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said in Saltby, Norway, that the pier was “a disgrace” for the whole coast.')), 'disgrace');
    expect(q?.text).toBe('that the pier was “a disgrace” for the whole coast');
  });

  test('a time phrase set off by a dash is not skipped: `said Tuesday -- ...`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said Tuesday -- to nobody in particular -- the ferry was “a lifeline” for the island.')), 'lifeline');
    expect(q?.text.startsWith('Tuesday')).toBe(true);
  });

  test('a quotation set off by a comma after a verb inside an earlier report stays direct: `said she told him, “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said she told the skipper, “We sail at dawn whatever the forecast.”')), 'sail at dawn');
    expect(q?.kind).toBe('direct');
  });

  test('a quotation that ends a phrase fronted in the that-clause does not end the clause: `said that, thanks to her “...,” the ...`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said that, thanks to her “island-wide ferry survey,” the board had found the money for a second boat.')), 'ferry survey');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    expect(q?.text).toContain('the board had found the money for a second boat');
  });

  test('the pronoun of a bare clause before a direct quote stands for the outer speaker: `The harbor master said she asks donors, “...”`', () => {
    const q = quoteWith(analyzeWith(story('Jon Dahl spoke first. The harbor master said she rarely asks donors for help, “except for friends I have known for years.”')), 'except for friends');
    expect(q?.mention?.text).toBe('The harbor master');
  });

  test('a quote set off by dashes with an attribution of its own is direct and its own: `Holm suggested the plan was weak - “...,” she said - and left`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm suggested that the bridge plan was weak - “We need to see the costs first,” she said - and left the hall.')), 'costs first');
    expect(q).toMatchObject({ kind: 'direct', mention: { text: 'she' }, cue: { text: 'said' } });
  });

  test('a verb and its subject before the quote attribute it: `Petra Holm said: “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said: “The ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Petra Holm' }, cue: { text: 'said' }, confidence: 0.95 });
    expect(q?.rules).toContain('cue-before-quote');
  });

  test('the words between verb and quote may name whom it was said to: "explained to the Courier that"', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm explained to the Courier that “the ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q).toMatchObject({ kind: 'direct', addressee: { text: 'the Courier' }, speaker: { name: 'Petra Holm' } });
  });

  test('words of the reported clause before the quote make it mixed: `said the plan was “doomed ...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said the plan was “doomed from the very first day.”')), 'doomed');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the plan was “doomed from the very first day.”', speaker: { name: 'Petra Holm' } });
    expect(q?.rules).toContain('cue-before-quote');
  });

  test('a verb in the sentence before does not reach the quote', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said nothing more. “The ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q?.rules).not.toContain('cue-before-quote');
  });

  test('disabled, a later sieve attributes the quote instead', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said: “The ferry cannot be replaced by a bridge.”'), without('cue-before-quote')), 'replaced');
    expect(q?.rules).not.toContain('cue-before-quote');
    expect(q?.rules).toContain('colon-introduction');
  });
  test('a nearer verb with no subject of its own sits in the clause of an earlier one: `said the plan was described as “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said the plan was described as "a lost cause for the island."')), 'lost cause');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the plan was described as "a lost cause for the island."', speaker: { name: 'Petra Holm' } });
  });

  test('a clause that ends inside a later quotation takes all of it: `were “sure,” about being “in no way late,” a ...`', () => {
    const r = analyzeWith(story('Petra Holm said the crews were "careful" about making sure they were "in no way late for the tide," a point of pride on the island.'));
    const q = quoteWith(r, 'careful');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    expect(q?.text).toContain('in no way late for the tide,"');
    expect(r.quotes.filter((x) => x.text.includes('in no way late'))).toHaveLength(1);
  });

  test('an adverbial stays out of the mixed clause, which opens at its "that": `said in a statement that the plan was “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said in a statement that the plan was "doomed from the very first day."')), 'doomed');
    expect(q).toMatchObject({ kind: 'mixed', text: 'that the plan was "doomed from the very first day."' });
  });
  test('later quotations of the sentence with no verb of their own join the mixed clause: `was “late” and has “no friends left”`', () => {
    const r = analyzeWith(story('Petra Holm said the ferry was "always late" and has "no friends left on the island," and the council agreed.'));
    const q = quoteWith(r, 'always late');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the ferry was "always late" and has "no friends left on the island,"', speaker: { name: 'Petra Holm' } });
  });
  test('the mixed clause ends at a dash set off by spaces or at a new subject after a comma', () => {
    const remark = quoteWith(analyzeWith(story('Petra Holm called the timetable "a bad joke" - a phrase islanders now print on "souvenir mugs."')), 'bad joke');
    expect(remark?.text).toBe('the timetable "a bad joke"');
    const dash = quoteWith(analyzeWith(story('Petra Holm said the ferry was "always late for the tide" - a complaint heard all over the island.')), 'always late');
    expect(dash?.text).toBe('the ferry was "always late for the tide"');
    const subject = quoteWith(analyzeWith(story('Although Petra Holm says the ferry is "always late for the tide," she still takes it every day.')), 'always late');
    expect(subject?.text).toBe('the ferry is "always late for the tide,"');
  });
  test('a second verb coordinated with the first opens the clause: `says X and insists that the plan is “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm says the harbour needs money, and insists that the plan is "a lost cause for the island."')), 'lost cause');
    expect(q).toMatchObject({ kind: 'mixed', text: 'that the plan is "a lost cause for the island."', cue: { text: 'insists' }, speaker: { name: 'Petra Holm' } });
  });
  test('the mixed clause ends at a verb coordinated after the last quotation, at a new clause with its own subject or at a semicolon', () => {
    const verb = quoteWith(analyzeWith(story('Petra Holm said the ferry was "always late for the tide" and later demanded a new timetable.')), 'always late');
    expect(verb?.text).toBe('the ferry was "always late for the tide"');
    const subject = quoteWith(analyzeWith(story('Petra Holm said the ferry was "always late for the tide," and she asked the council for a new timetable.')), 'always late');
    expect(subject?.text).toBe('the ferry was "always late for the tide,"');
    const time = quoteWith(analyzeWith(story('Petra Holm said the ferry was "always late for the tide" as she waited on the pier.')), 'always late');
    expect(time?.text).toBe('the ferry was "always late for the tide"');
    const semicolon = quoteWith(analyzeWith(story('Petra Holm called the ferry "always late for the tide"; the council called it reliable.')), 'always late');
    expect(semicolon?.text).toBe('the ferry "always late for the tide"');
  });
  test('words before a colon are not part of the quote: `said she had no time for it: “...”` is direct', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said she had no time for the council: "The ferry cannot be replaced by a bridge."')), 'replaced');
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Petra Holm' } });
  });
  test('the mixed clause stops before a later quotation with a verb of its own: `was “late,” Jo Li said: “...”`', () => {
    const r = analyzeWith(story('After Petra Holm said the ferry was "always late for the tide," Jonas Berg said: "The timetable is fine as it is."'));
    expect(quoteWith(r, 'always late')).toMatchObject({ kind: 'mixed', text: 'the ferry was "always late for the tide,"', speaker: { name: 'Petra Holm' } });
    expect(quoteWith(r, 'timetable')).toMatchObject({ kind: 'direct', speaker: { name: 'Jonas Berg' } });
  });
  test('a source and its verb after the closing comma stay out of the mixed clause: `was “late,” the Courier reported`, `a harbour official said`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said the ferry was "always late for the tide," the Harbor Courier reported.')), 'always late');
    expect(q?.text).toBe('the ferry was "always late for the tide,"');
    const nominal = quoteWith(analyzeWith(story('Petra Holm insisted the ferry was "always late for the tide," a harbour official said.')), 'always late');
    expect(nominal?.text).toBe('the ferry was "always late for the tide,"');
  });
  test('a report in a subordinate clause that opens the sentence ends at the comma before the main clause', () => {
    const q = quoteWith(analyzeWith(story('Even as Petra Holm insisted that the ferry was "safe for every passenger," the council ordered a full inspection of it.')), 'safe for every');
    expect(q).toMatchObject({ kind: 'mixed', text: 'that the ferry was "safe for every passenger,"', speaker: { name: 'Petra Holm' } });
    const long = quoteWith(analyzeWith(story('While Petra Holm admitted the ferry was "very late" on most days of the winter, the council kept the timetable.')), 'very late');
    expect(long?.text).toBe('the ferry was "very late" on most days of the winter');
  });
  test('an "-ing" word after the quotation ends the clause only when it opens a participial clause', () => {
    const textOf = (sentence: string, words: string) => quoteWith(analyzeWith(story(sentence)), words)?.text;
    expect(textOf('Petra Holm said the ferry was "always late for the tide" during the winter storms.', 'always late')).toBe('the ferry was "always late for the tide" during the winter storms');
    expect(textOf('Petra Holm said the council would "look closely into" raising the fares for visitors.', 'look closely')).toBe('the council would "look closely into" raising the fares for visitors');
    expect(textOf('Petra Holm said the ferry was "always late for the tide" adding that the council knew it.', 'always late')).toBe('the ferry was "always late for the tide"');
    expect(textOf('Petra Holm called the timetable "a bad joke for islanders," prompting a sharp reply from the council.', 'bad joke')).toBe('the timetable "a bad joke for islanders,"');
  });
  test('an attribution set off by commas inside the reported clause parts it in two: `Back then, she said, the ferry was “...”`', () => {
    const q = quoteWith(analyzeWith(story('Back then, Petra Holm said, the ferry was "always late for the tide."')), 'always late');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    expect(q?.parts?.map((p) => p.text)).toEqual(['Back then', 'the ferry was "always late for the tide."']);
    const direct = quoteWith(analyzeWith(story('Asked about the timetable, Petra Holm said, "The ferry is always late for the tide."')), 'always late');
    expect(direct).toMatchObject({ kind: 'direct', text: 'The ferry is always late for the tide.' });
  });
  test('a word set off by commas before "that" keeps the outer report: `She said, however, that she hopes “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm will not appeal the ruling. She said, however, that she hopes “another group picks up the fight” before May.')), 'picks up');
    expect(q?.mention?.text).toBe('She');
    expect(q?.text).toBe('that she hopes “another group picks up the fight” before May');
  });
  test('an attribution set off by commas speaks for the clause it interrupts, whose verb has a subject of its own: `Back then, she said, the press called it “...”`', () => {
    const q = quoteWith(analyzeWith(story('Back then, Petra Holm said, the council called the ferry "a floating ruin."')), 'floating ruin');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    expect(q?.parts?.map((p) => p.text)).toEqual(['Back then', 'the council called the ferry "a floating ruin."']);
    // (not an attribution a participle goes on from)
    const adding = quoteWith(analyzeWith(story('The ferry will run again, Petra Holm said, adding that the council had been "far too slow."')), 'too slow');
    expect(adding?.text).toBe('that the council had been "far too slow."');
  });
  test('"and the ..." with no comma before it joins a noun phrase to the quoted one; after a comma it opens a clause', () => {
    const textOf = (sentence: string) => quoteWith(analyzeWith(story(sentence)), 'steady nerve')?.text;
    expect(textOf('Petra Holm said she admired the crew’s "steady nerve" and the patience of the passengers.')).toBe('she admired the crew’s "steady nerve" and the patience of the passengers');
    expect(textOf('Petra Holm said she admired the crew’s "steady nerve," and the council thanked them.')).toBe('she admired the crew’s "steady nerve,"');
  });

  test('a quote with its own attribution after it goes to that one: `She declared: “...,” Jane Moss said.`', () => {
    const q = quoteWith(analyzeWith(story('At the pier, the mayor declared her aim: “We will keep the ferry running all winter,” Jane Moss said.')), 'ferry running');
    expect(q?.mention?.text).toBe('Jane Moss');
    expect(q?.rules).toContain('trailing-attribution');
  });

  test('but not a verb that opens a quotation of its own: `“...?” Jo Hale then wrote back, “...”`', () => {
    const q = quoteWith(analyzeWith(story('Jane Moss replied to Jo Hale with, “Why now, after the whole winter?” Jo Hale then wrote back, “Because the ferry is ready.”')), 'Why now');
    expect(q?.mention?.text).toBe('Jane Moss');
  });

  test('a quotation right after its verb that closes on a comma or "!" inside its mark stays direct: `warned “...,” before leaving`', () => {
    const q = quoteWith(analyzeWith(story('Jon Dahl warned “the pier will not survive another storm,” before leaving the harbour office in a hurry.')), 'another storm');
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Jon Dahl' } });
    const shout = quoteWith(analyzeWith(story('Jon Dahl shouted “Shame on the council!” at the mayor as she left the harbour office.')), 'Shame on');
    expect(shout).toMatchObject({ kind: 'direct', speaker: { name: 'Jon Dahl' } });
  });

  test('a quotation right after its verb stays direct before a clause of time: `chanted “...” until ...`, not after a comma', () => {
    const q = quoteWith(analyzeWith(story('The dock workers chanted “no pay, no boats” until the harbour master came out to meet them.')), 'no pay');
    expect(q).toMatchObject({ kind: 'direct', text: 'no pay, no boats' });
    const set = quoteWith(analyzeWith(story('Jon Dahl said, “We have a week left” until the ferry stops for the winter.')), 'a week left');
    expect(set?.kind).toBe('mixed');
  });

  test('"in" and a statement or publication after the mark says where the words appeared and ends the clause: `“...” in a video`', () => {
    const a = analyzeWith(story('Petra Holm said the harbour tax was “a gift to the shipowners” in a video posted on Sunday.\n\nJon Dahl said the new pier was “a fine thing” in his view of the town.'));
    expect(quoteWith(a, 'gift to the')).toMatchObject({ kind: 'mixed', text: 'the harbour tax was “a gift to the shipowners”' });
    expect(quoteWith(a, 'fine thing')?.text).toContain('in his view of the town');
  });

  test('a parenthesis right after the mark is the writer\'s aside and ends the clause: `called the toll “theft” (though ...)`', () => {
    const a = analyzeWith(story('Jon Dahl called the new bridge toll “plain theft” (though he paid it every morning on his way to the mill).'));
    expect(quoteWith(a, 'plain theft')).toMatchObject({ kind: 'mixed', text: 'the new bridge toll “plain theft”' });
  });

  test('"while" right after the mark, or a conjunction with a comma after it, opens a clause of its own: `“...” while ...`, `“...” but, ...`', () => {
    const a = analyzeWith(story('Jon Dahl said the ferry was “a floating ruin” while gulls circled the empty deck.\n\nPetra Holm said the fares were “a fair price” but, to be honest, few people paid them.'));
    expect(quoteWith(a, 'floating ruin')).toMatchObject({ kind: 'mixed', text: 'the ferry was “a floating ruin”' });
    expect(quoteWith(a, 'fair price')).toMatchObject({ kind: 'mixed', text: 'the fares were “a fair price”' });
  });

  test('a comma inside the closing mark ends the clause before a word that opens one of its own: `was “...,” a view ...`', () => {
    const a = analyzeWith(story('Petra Holm said the winter timetable was “a small miracle,” a view the island council did not share.\n\nJon Dahl said the new fares were “far too high,” which surprised nobody on the quay.'));
    expect(quoteWith(a, 'small miracle')).toMatchObject({ kind: 'mixed', text: 'the winter timetable was “a small miracle,”' });
    expect(quoteWith(a, 'too high')).toMatchObject({ kind: 'mixed', text: 'the new fares were “far too high,”' });
  });

  test("two apostrophes close a quotation as one mark does: `was ''...,'' recalling ...` ends the clause at the mark", () => {
    const q = quoteWith(analyzeWith(story("Petra Holm said the winter ferry was ''the slowest boat in the north,'' recalling the storms of her childhood.")), 'slowest boat');
    expect(q).toMatchObject({ kind: 'mixed', text: "the winter ferry was ''the slowest boat in the north,''" });
  });

  test('"and" with a participle after it ends the clause later on as right after the mark: `calling it “...” and its crew heroes and promising ...`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm toured the harbour on Monday, calling the new crane “a rusting monster” and its crew heroes and promising a vote on it in May.')), 'rusting monster');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the new crane “a rusting monster” and its crew heroes' });
  });

  test('a quotation in a bare clause reported by an earlier verb is mixed with the whole report: `said she thinks the plan is “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said she thinks the night ferry is “a lifeline for the island.”')), 'lifeline');
    expect(q).toMatchObject({ kind: 'mixed', text: 'she thinks the night ferry is “a lifeline for the island.”', speaker: { name: 'Petra Holm' } });
  });

  test('a verb in a relative clause on the report does not start another one: `was “...” for the island, which she called “...”`', () => {
    const a = analyzeWith(story('Petra Holm said the new timetable was “a step back” for the island, which she called “a disgrace to the harbour.”'));
    expect(quoteWith(a, 'step back')).toMatchObject({ kind: 'mixed', text: 'the new timetable was “a step back” for the island, which she called “a disgrace to the harbour.”' });
  });
});

describe('cue-before-quote and a report joined after a comma', () => {
  test('a person after ", while" opens a report of its own, not one inside the earlier verb\'s clause', () => {
    const result = analyzeWith(story('Holm argued that the fares were fair, while Dahl said that the ferry is “far too slow” for the island.'));
    const q = quoteWith(result, 'far too slow');
    expect(q?.mention?.text).toBe('Dahl');
    expect(q?.text).toBe('that the ferry is “far too slow” for the island');
  });

  test('so does a person after ", with", an absolute phrase: `agree that ..., with Jo Hill calling it “...”`', () => {
    const result = analyzeWith(story('Harbor officials who agree that the pier should close were angry, with Jo Hill calling it a “disaster for the coast.”'));
    const q = quoteWith(result, 'disaster for the coast');
    expect(q?.mention?.text).toBe('Jo Hill');
    expect(q?.text).toBe('it a “disaster for the coast.”');
  });
});
