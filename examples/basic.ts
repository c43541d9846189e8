/**
 * Analyse one article held in a string and print its speakers and quotes.
 * Run: npx tsx examples/basic.ts   (in your own project: import { analyze } from 'whosaid')
 */
import { analyze, AnalysisSchema } from '../src/index.js';

const article = `Night buses return to Kestrel Point

Kestrel Point, 9 June

Night buses will run again between Kestrel Point and the ferry terminal from July, the regional transport board said on Monday.

"People who work late deserve a safe way home," said board chair Marisol Quintero. "We heard that in every public meeting."

The drivers' union welcomed the decision. Its secretary, Ansel Braithwaite, said drivers would need proper breaks on the longer night routes.
`;

const analysis = analyze(article);

console.log(`${analysis.speakers.length} speakers`);
for (const speaker of analysis.speakers) {
  const role = speaker.role ? `, ${speaker.role}` : '';
  console.log(`  ${speaker.id} ${speaker.name}${role} (${speaker.type}), also called: ${speaker.aliases.join(' / ')}`);
}

console.log(`${analysis.quotes.length} quotes`);
for (const quote of analysis.quotes) {
  const who = quote.speaker ? quote.speaker.name : `nobody (${quote.speakerReason})`;
  // a quote interrupted by its attribution comes in parts: print the speaker's words, not the attribution between them
  const words = quote.parts ? quote.parts.map((part) => part.text).join(' … ') : quote.text;
  console.log(`  [${quote.kind}] ${who}${quote.cue ? ` ${quote.cue.text}` : ''}: ${words} (confidence ${quote.confidence})`);
}

// the result always matches the published schema; a smoke test for CI as well as an example
AnalysisSchema.parse(analysis);
if (analysis.quotes.length === 0) {
  console.error('basic example: expected to find quotes in the sample article');
  process.exitCode = 1;
}
