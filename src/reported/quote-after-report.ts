import { defineRule } from '../rules/define.js';
import { continueSpeech } from '../attribute/paragraph-continuation.js';

/**
 * Once reported speech is found, a quote that follows it goes on with the same speaker:
 * `The mayor said the bridge would reopen in May. “We owe the town that much.”`
 */
export const quoteAfterReport = defineRule({
  name: 'quote-after-report',
  stage: 'reported',
  description: 'Gives a still unattributed quote the speaker of the reported speech just before it (same or previous paragraph, or two before across a paragraph that opens with that speaker).',
  apply(ctx) {
    continueSpeech(ctx, { samePara: 0.7, nextPara: 0.65 });
  },
});
