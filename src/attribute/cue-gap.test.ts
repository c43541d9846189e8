import { probe, story } from '../../tests/rules/analyze';
import { readCueGap, type CueGap } from './cue-gap';

/** Reads the gap between the cue `cueText` and the opening mark of the `quote`-th quote of `sentence`. */
const gapOf = (sentence: string, cueText: string, quote = 0): (CueGap & { clause: string }) | null =>
  probe(story(sentence), (ctx) => {
    const cue = ctx.cues.find((c) => c.text === cueText)!;
    const gap = readCueGap(ctx, cue, ctx.quotes[quote]!.open);
    return gap && { ...gap, clause: ctx.text.slice(gap.clauseStart, gap.clauseStart + 8) };
  });

describe('readCueGap', () => {
  test('nothing but "that" between verb and quote is direct speech: `said that “`', () => {
    expect(gapOf('Petra Holm said that “the ferry cannot be replaced.”', 'said')).toMatchObject({ kind: 'direct', addressee: null, clause: '“the fer' });
  });

  test.each(['late last month', 'last January', 'early on Friday'])('a time phrase between verb and quote is direct speech: `said %s, “`', (time) => {
    expect(gapOf(`Petra Holm said ${time}, “the ferry cannot be replaced.”`, 'said')).toMatchObject({ kind: 'direct' });
  });

  test('"to X" names whom it was said to: `explained to the Courier that “`', () => {
    expect(gapOf('Petra Holm explained to the Courier that “the ferry cannot be replaced.”', 'explained')).toMatchObject({
      kind: 'direct', addressee: { text: 'the Courier' },
    });
  });

  test('an interview names the addressee: `said in an interview with the Harbor Gazette that “`', () => {
    expect(gapOf('Petra Holm said in an interview with the Harbor Gazette that “the ferry cannot be replaced.”', 'said')?.addressee?.text).toBe('the Harbor Gazette');
  });

  test('"tell" takes its object as the addressee: `told reporters that “`', () => {
    expect(gapOf('Petra Holm told reporters that “the ferry cannot be replaced.”', 'told')).toMatchObject({ kind: 'direct', addressee: { text: 'reporters' } });
  });

  test('a time phrase is no addressee: `said last week that “`', () => {
    expect(gapOf('Petra Holm said last week that “the ferry cannot be replaced.”', 'said')).toMatchObject({ kind: 'direct', addressee: null });
  });

  test('words of the reported clause make it mixed, the clause starting after the verb: `said the plan was “`', () => {
    expect(gapOf('Petra Holm said the plan was “doomed from the first day.”', 'said')).toMatchObject({ kind: 'mixed', addressee: null, clause: 'the plan' });
  });

  test('another quote in between gives no gap', () => {
    expect(gapOf('Petra Holm said “no” and then, after a pause, “the ferry cannot be replaced.”', 'said', 1)).toBeNull();
  });

  test('a time phrase after the object is not part of the addressee: `told reporters on Monday that “`', () => {
    expect(gapOf('Petra Holm told reporters on Monday that “the ferry cannot be replaced.”', 'told')?.addressee?.text).toBe('reporters');
  });
  test('"to X and that" is a clause of its own, not an addressee: `spoke to the mayor and that “`', () => {
    expect(gapOf('Petra Holm said she spoke to the mayor and that “the ferry cannot be replaced.”', 'spoke')).toMatchObject({ kind: 'mixed', addressee: null });
  });

  test('an adverbial before the "that" of a mixed clause stays out of it: `said in a statement that the plan was “`', () => {
    expect(gapOf('Petra Holm said in a statement that the plan was “doomed from the first day.”', 'said')).toMatchObject({ kind: 'mixed', clause: 'the plan' });
  });
  test('a short phrase set off by commas before "that" stays out of the mixed clause: `said, by her own count, that the pier was “`', () => {
    expect(gapOf('Petra Holm said, by her own count, that the old pier was “older than the town.”', 'said')).toMatchObject({ kind: 'mixed', clause: 'the old ' });
  });

  test('a phrase set off by commas between verb and quote keeps it direct: `joked, in a mock accent, “`', () => {
    expect(gapOf('Petra Holm joked, in a mock sailor accent, “the ferry cannot be replaced.”', 'joked')).toMatchObject({ kind: 'direct', addressee: null });
  });
  test('a speech noun with its own "that" clause holds the quote: `blamed the press for her claim that the plan was “`', () => {
    expect(gapOf('Petra Holm blamed the press for the mayor’s claim that the plan was “doomed from the first day.”', 'blamed')).toMatchObject({ kind: 'mixed', clause: 'the plan' });
  });
  test('a colon ends the words before the quote, which is then direct: `said she had no time for it: “`', () => {
    expect(gapOf('Petra Holm said she had no time for the council: “the ferry cannot be replaced.”', 'said')).toMatchObject({ kind: 'direct', addressee: null });
  });
  test('an interview phrase followed by "that" and clause words is mixed: `said in an interview with the Gazette that she found him “`', () => {
    expect(gapOf('Petra Holm said in an interview with the Harbor Gazette that she found the mayor “very charming.”', 'said')).toMatchObject({ kind: 'mixed', addressee: null, clause: 'she foun' });
  });
  test('"to" and a verb open the clause that holds the quote: `pledged to oppose the tolls “`', () => {
    expect(gapOf('Petra Holm pledged to oppose the bridge tolls “today, tomorrow and always.”', 'pledged')).toMatchObject({ kind: 'mixed', addressee: null, clause: 'to oppos' });
  });
  test('"to X as" names the thing called, not the addressee: `referred to the dockers as “`', () => {
    expect(gapOf('Petra Holm referred to the dockers as “the heroes of the harbour.”', 'referred')).toMatchObject({ kind: 'mixed', addressee: null });
  });
  test('"to" and a verb before "that" chain the verbs, with no addressee: `continued to insist that “`', () => {
    expect(gapOf('Petra Holm continued to insist that “the ferry cannot be replaced.”', 'continued')).toMatchObject({ kind: 'direct', addressee: null });
  });
  test('a told clause with its own "that" and words after it is mixed: `tells audiences that after forty years, “`', () => {
    expect(gapOf('Petra Holm tells audiences that after forty years of waiting, “the ferry is coming.”', 'tells')).toMatchObject({ kind: 'mixed', addressee: null, clause: 'after fo' });
  });
  test('"told", whom, then a bare clause: the addressee stays out of the mixed clause: `told reporters on Monday she was “`', () => {
    expect(gapOf('Petra Holm told reporters on Monday she was “not ready for the vote.”', 'told')).toMatchObject({ kind: 'mixed', addressee: { text: 'reporters' }, clause: 'she was ' });
    expect(gapOf('Petra Holm told them the ferry was “a floating ruin.”', 'told')).toMatchObject({ kind: 'mixed', addressee: { text: 'them' }, clause: 'the ferr' });
  });

  test('a longer addressee of "told", with a place set off by commas, stays out of the mixed clause: `told a crowd in Saltby, Norway, that`', () => {
    expect(gapOf('Petra Holm told a crowd of fishermen in Saltby, Norway, on Monday that the ferry was “a floating ruin.”', 'told')).toMatchObject({ kind: 'mixed', clause: 'the ferr' });
  });

  test('so does the addressee of another verb that takes one: `assured them the plan was “`', () => {
    expect(gapOf('Petra Holm assured them the night ferry was “as safe as a church.”', 'assured')).toMatchObject({ kind: 'mixed', addressee: { text: 'them' }, clause: 'the nigh' });
  });

  test('the preposition of a verb like "referred to" stays out of the mixed clause before a noun phrase: `referred to the pier as “`', () => {
    expect(gapOf('Petra Holm referred to the old pier as “a danger to every child on the island.”', 'referred')).toMatchObject({ kind: 'mixed', clause: 'the old ' });
  });

  test('so does one before a bare plural or a gerund (`called on skippers to “`, `called for raising fares “`), not "to" nor "about" before a clause', () => {
    expect(gapOf('Petra Holm called on skippers to “stay in port until the gale has passed.”', 'called')).toMatchObject({ kind: 'mixed', clause: 'skippers' });
    expect(gapOf('Petra Holm called for raising the fares to “a price islanders can bear.”', 'called')).toMatchObject({ kind: 'mixed', clause: 'raising ' });
    expect(gapOf('Petra Holm spoke about whether the pier was “fit for a storm.”', 'spoke')).toMatchObject({ kind: 'mixed', clause: 'about wh' });
  });
});
