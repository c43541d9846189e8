/**
 * Extend whosaid: teach it a reporting verb it does not know, and add an attribution rule of your own.
 * Run: npx tsx examples/custom-rule.ts   (in your own project: import { createAnalyzer, defineRule } from 'whosaid')
 */
import { builtinRules, createAnalyzer, defineRule, type MentionDraft } from '../src/index.js';

/**
 * A quote nobody claimed, in a paragraph that names exactly one person, is given to that person, with low
 * confidence. Custom rules run after the built-in rules of their stage, so this only sees what they left.
 */
const soleNameInParagraph = defineRule({
  name: 'example:sole-name-in-paragraph',
  stage: 'attribute',
  description: 'Gives an unattributed quote to the only person named in its paragraph.',
  apply(ctx) {
    for (const quote of ctx.attributions) {
      if (quote.mention !== null || quote.cue !== null) continue;
      const paragraph = ctx.doc.paragraphAt(quote.parts[0]!.start);
      const inQuote = (m: MentionDraft) => quote.parts.some((p) => m.start >= p.start && m.end <= p.end);
      const names = ctx.mentions.filter((m) => m.type === 'name' && ctx.doc.paragraphAt(m.start) === paragraph && !inQuote(m));
      const people = new Set(names.map((m) => (m.name ?? m).text));
      if (people.size === 1) ctx.attribute(quote, { mention: names[0]!, cue: null, confidence: 0.4 });
    }
  },
});

const analyzer = createAnalyzer({
  words: { reportingVerbs: ['harrumph'] }, // a bare lemma gets its forms: harrumphs, harrumphed, harrumphing
  rules: [soleNameInParagraph],
});

const article = `Ferry timetable draws complaints

"The timetable is a work of fiction," harrumphed Wendeline Okafor, who has crossed the sound every weekday for thirty years.

The harbour office did not answer calls on Friday, and the noon crossing was cancelled for the third time this month.

"We were promised a bridge, not a ferry that leaves when it likes." The verdict was Tobiah Mensah's, a carpenter waiting at the pier with his tools.
`;

const analysis = analyzer.analyze(article);
for (const quote of analysis.quotes) {
  console.log(`“${quote.text}”`);
  console.log(`    speaker: ${quote.speaker?.name ?? '—'}  cue: ${quote.cue?.text ?? '—'}  rules: ${quote.rules.join(', ')}`);
}

// Checks, so that CI notices when an extension point breaks. To see what the custom rule does on its own,
// a second analyzer switches off every built-in attribution rule with `disable`.
const alone = createAnalyzer({
  words: { reportingVerbs: ['harrumph'] },
  rules: [soleNameInParagraph],
  disable: builtinRules.filter((r) => r.stage === 'attribute').map((r) => r.name),
});
const direct = alone.analyze(article).quotes.filter((q) => q.kind === 'direct');
const failures: string[] = [];
if (!analyzer.rules.attribute.includes(soleNameInParagraph.name)) failures.push('the custom rule is not in analyzer.rules.attribute');
if (!analysis.quotes.some((q) => q.cue?.lemma === 'harrumph')) failures.push('no quote is cued by the added verb "harrumph"');
if (direct.length !== 2) failures.push(`expected 2 direct quotes, found ${direct.length}`);
for (const q of direct) {
  if (!q.rules.includes(soleNameInParagraph.name) || q.speaker === null) failures.push(`“${q.text}” was not attributed by ${soleNameInParagraph.name}`);
}
for (const failure of failures) console.error(`custom-rule example: ${failure}`);
if (failures.length > 0) process.exitCode = 1;
