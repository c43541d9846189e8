import { accordingToQuote } from './according-to-quote.js';
import { asPredicateFragment } from './as-predicate-fragment.js';
import { attributionSentenceBefore } from './attribution-sentence-before.js';
import { colonIntroduction } from './colon-introduction.js';
import { cueBeforeQuote } from './cue-before-quote.js';
import { cueObjectFragment } from './cue-object-fragment.js';
import { evaluativeVerbFragment } from './evaluative-verb-fragment.js';
import { headlineQuoteRunsOn } from './headline-quote-runs-on.js';
import { headlineSpeakerColon } from './headline-speaker-colon.js';
import { interruptedQuote } from './interrupted-quote.js';
import { paragraphContinuation } from './paragraph-continuation.js';
import { participialContinuation } from './participial-continuation.js';
import { participleEvaluativeFragment } from './participle-evaluative-fragment.js';
import { quoteRunsOnPastAttribution } from './quote-runs-on-past-attribution.js';
import { sentenceSubject } from './sentence-subject.js';
import { sentenceSpeaker } from './sentence-speaker.js';
import { speakerDescriptionFragment } from './speaker-description-fragment.js';
import { speechNounFragment } from './speech-noun-fragment.js';
import { subjectlessVerbClause } from './subjectless-verb-clause.js';
import { trailingAttribution } from './trailing-attribution.js';
import { unattributedFragment } from './unattributed-fragment.js';

/** Attribution sieves, most precise first; each only touches quotes no earlier sieve attributed. */
export const attributeRules = [
  speakerDescriptionFragment, cueBeforeQuote, trailingAttribution, colonIntroduction, headlineQuoteRunsOn, participialContinuation, interruptedQuote, quoteRunsOnPastAttribution,
  accordingToQuote, headlineSpeakerColon, attributionSentenceBefore, paragraphContinuation, sentenceSpeaker, subjectlessVerbClause, evaluativeVerbFragment, asPredicateFragment, participleEvaluativeFragment, speechNounFragment, cueObjectFragment, unattributedFragment,
  sentenceSubject,
] as const;
