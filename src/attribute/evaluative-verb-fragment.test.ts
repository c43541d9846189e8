import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('The harbour board met on Monday. Mayor Tomas Reyk praised the crews for their “steady hands in a rough winter” and thanked the volunteers.');

describe('evaluative-verb-fragment', () => {
  test('a quotation in the object of an evaluative verb is a mixed quote of its subject', () => {
    const q = quoteWith(analyzeWith(TEXT), 'steady hands');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the crews for their “steady hands in a rough winter”', speaker: { name: 'Tomas Reyk' }, cue: null });
    expect(q?.rules).toContain('evaluative-verb-fragment');
  });

  test('auxiliaries, adverbs and a subject set off by a relative clause may stand before the verb', () => {
    const r = analyzeWith(story('Petra Holm, who chairs the ferry committee, has repeatedly decried the new fares as “a tax on islanders,” and the board will vote again.'));
    expect(quoteWith(r, 'a tax on islanders')).toMatchObject({ kind: 'mixed', text: 'the new fares as “a tax on islanders,”', speaker: { name: 'Petra Holm' } });
  });

  test('a modal may stand before the verb: "the skipper would decry “...”"', () => {
    const r = analyzeWith(story('The ferry plan was late again. It was odd that Petra Holm would decry “toll gates,” since her own board built them.'));
    expect(quoteWith(r, 'toll gates')).toMatchObject({ speaker: { name: 'Petra Holm' } });
    expect(quoteWith(r, 'toll gates')?.rules).toContain('evaluative-verb-fragment');
  });

  test('"and" inside the object keeps the link, "and" before a new verb breaks it', () => {
    const kept = analyzeWith(story('Petra Holm applauded the crews for staying late and mending the nets “again and again.”'));
    expect(quoteWith(kept, 'again and again')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    const broken = analyzeWith(story('Petra Holm applauded the crews and walked past the “lucky green nets” by the pier.'));
    expect(broken.quotes.some((q) => q.rules.includes('evaluative-verb-fragment'))).toBe(false);
  });

  test('a relative clause on the object is part of it: "decried a budget that would leave the pier “to rot”"', () => {
    const r = analyzeWith(story('The council met on Friday. Petra Holm decried a budget that would leave the old pier “to rot in the rain.”'));
    expect(quoteWith(r, 'to rot in the rain')).toMatchObject({ kind: 'mixed', text: 'a budget that would leave the old pier “to rot in the rain.”', speaker: { name: 'Petra Holm' } });
  });

  test('in a relative clause the mention right before the verb is its subject: "the skipper, whom she dubbed “...”"', () => {
    const r = analyzeWith(story('The council met on Friday. Petra Holm took aim at the skipper, whom she dubbed “the captain of nowhere.”'));
    expect(quoteWith(r, 'captain of nowhere')).toMatchObject({ speaker: { name: 'Petra Holm' } });
    expect(quoteWith(r, 'captain of nowhere')?.rules).toContain('evaluative-verb-fragment');
  });

  test('verbs of judging in British spelling and plain news usage count: "criticised", "knocked"', () => {
    const r = analyzeWith(story('The council met on Friday. Petra Holm criticised the harbour board for its “slow and rather timid response.” Jon Dahl knocked the plan as “a gift to the ferry firms.”'));
    expect(quoteWith(r, 'rather timid response')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    expect(quoteWith(r, 'a gift to the ferry firms')).toMatchObject({ kind: 'mixed', speaker: { name: 'Jon Dahl' } });
  });

  test('the verb is no cue: its unquoted object is not reported speech', () => {
    const r = analyzeWith(story('Mayor Tomas Reyk praised the crews for their work through the winter storms on Monday.'));
    expect(r.quotes).toEqual([]);
  });

  test('a new clause between the verb and the quotation breaks the link', () => {
    const r = analyzeWith(story('Mayor Tomas Reyk praised the crews. Later the ferry was “late again.”'));
    expect(r.quotes.some((q) => q.rules.includes('evaluative-verb-fragment'))).toBe(false);
  });

  test('before an -ing verb a form of be or a verb of aspect may stand: "kept talking about"; a passive does not count', () => {
    const r = analyzeWith(story('The council met on Friday. Petra Holm kept talking about the “quiet courage of the crews” all evening.'));
    expect(quoteWith(r, 'quiet courage')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    const passive = analyzeWith(story('The council met on Friday. Petra Holm was praised by the crews for her “steady hands” in the storm.'));
    expect(passive.quotes.some((q) => q.rules.includes('evaluative-verb-fragment'))).toBe(false);
  });

  test('disabled, the short quotation has no speaker and is set aside', () => {
    expect(quoteWith(analyzeWith(TEXT, without('evaluative-verb-fragment')), 'steady hands')).toBeUndefined();
  });
  test('a verb with its particle is one verb: "talked about", "took aim at"', () => {
    const r = analyzeWith(story('The council met on Friday. Petra Holm talked about the “quiet courage of the crews” and left early.'));
    expect(quoteWith(r, 'quiet courage')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    const aim = analyzeWith(story('The council met on Friday. Petra Holm took aim at the “harbour cartel” that sets the fares.'));
    expect(quoteWith(aim, 'harbour cartel')).toMatchObject({ speaker: { name: 'Petra Holm' } });
  });

  test('the particle must follow the verb: "talked" alone is no evaluative verb', () => {
    const r = analyzeWith(story('The council met on Friday. Petra Holm talked with the crews near the “lucky green nets” by the pier.'));
    expect(r.quotes.some((q) => q.rules.includes('evaluative-verb-fragment'))).toBe(false);
  });
  test('a time phrase may stand between the subject and the verb: "The mayor on Tuesday praised"', () => {
    const r = analyzeWith(story('The council met at noon. Petra Holm late Tuesday night praised the lifeboat crews for their “quiet courage” at sea.'));
    expect(quoteWith(r, 'quiet courage')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
  });

  test('a second verb of the clause\'s subject after "and" has that subject: "ended its review and deemed him “fit”"', () => {
    const r = analyzeWith(story('The harbour board ended its long review of the pilot and in a letter praised his “steady hand” at the helm.'));
    expect(quoteWith(r, 'steady hand')).toMatchObject({ kind: 'mixed', text: 'his “steady hand” at the helm' });
    expect(quoteWith(r, 'steady hand')?.rules).toContain('evaluative-verb-fragment');
  });

  test('verbs of urging, ordering and pushing for something quote their object too: "invited the crews to “come home early”"', () => {
    const invited = analyzeWith(story('The storm moved north on Sunday. Petra Holm invited the crews to “come home early and stay safe” before dark.'));
    expect(quoteWith(invited, 'come home early')).toMatchObject({ kind: 'mixed', text: 'the crews to “come home early and stay safe” before dark', speaker: { name: 'Petra Holm' } });
    const pushing = analyzeWith(story('The council met again. Petra Holm can still slow the plan by pushing for a “harbour referendum.”'));
    expect(quoteWith(pushing, 'harbour referendum')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
  });

  test('the object may run on for a long stretch before the quotation: "talked of reforms ... and to “shut the back door”"', () => {
    const r = analyzeWith(story('The board heard from the crews. Petra Holm talked of new rules to make sure that ferry companies first hire local deckhands for the winter runs and to “shut the back door” on cheap charters.'));
    expect(quoteWith(r, 'shut the back door')).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
  });
});
