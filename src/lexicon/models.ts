import * as z from 'zod';
import reportingVerbs from '../../models/reporting-verbs.json';
import evaluativeVerbs from '../../models/evaluative-verbs.json';
import speechNouns from '../../models/speech-nouns.json';
import pronouns from '../../models/pronouns.json';
import roleNouns from '../../models/role-nouns.json';
import titles from '../../models/titles.json';
import groupNouns from '../../models/group-nouns.json';
import organizationNouns from '../../models/organization-nouns.json';
import boilerplate from '../../models/boilerplate.json';
import abbreviations from '../../models/abbreviations.json';
import nameParts from '../../models/name-parts.json';
import nonNames from '../../models/non-names.json';
import adverbs from '../../models/adverbs.json';
import places from '../../models/places.json';
import functionWords from '../../models/function-words.json';
import clauseWords from '../../models/clause-words.json';

/** Schemas of the word lists under `models/` (validated by a unit test, not at every start). */
export const ReportingVerbSchema = z.object({
  lemma: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
  belief: z.boolean().default(false),
  /** The base form is also a common noun ("a report", "the claims"): read as a verb only where a noun cannot stand. */
  nounLike: z.boolean().default(false),
});
/** A verb that characterises what someone said (praise, slam, decry): not a cue, only a frame for a quoted fragment. */
export const EvaluativeVerbSchema = z.object({
  lemma: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
});
export const PronounSchema = z.object({
  form: z.string().min(1),
  number: z.enum(['singular', 'plural']),
  gender: z.enum(['male', 'female', 'neuter', 'any']),
  firstPerson: z.boolean().optional(),
  /** Its possessive determiner, when that names the maker of a statement: "his claim that ...". */
  possessive: z.string().min(1).optional(),
});

/** The named lists of `models/clause-words.json`, each exposed on the lexicon as a set of lower-cased words. */
export const CLAUSE_WORD_LISTS = [
  'auxiliaries',
  'subjectPronounForms',
  'articlesAndThirdPersonPossessives',
  'determiners',
  'approximators',
  'adverbsBeforeClause',
  'clauseIntroducers',
  'frontedPhraseOpeners',
  'clauseLinkers',
  'adverbialClauseOpeners',
  'adverbialGapOpeners',
  'complementOpeners',
  'baseFormClauseVerbs',
  'finiteVerbsInGap',
  'beAndWillForms',
  'beFormsAndTo',
  'subordinatingWords',
  'clauseJoiningConjunctions',
  'conjunctionsWithoutComma',
  'newSubjectOpeners',
  'clauseOpenersAfterComma',
  'adverbsAfterCoordinator',
  'wordsAfterRelativeWho',
  'notSubjectStarts',
  'auxiliaryFormsAndTo',
  'clauseTakingVerbs',
  'personalSubjectPronouns',
  'peopleSubjectPronouns',
  'conjunctionsAfterQuote',
  'wordsOpeningCoordinatedClause',
  'clauseOpenersAfterQuoteComma',
  'adverbsInCoordinatedPhrase',
  'verbsOfCoordinatedPhrase',
  'nextReportOpeners',
  'partitiveQuantifiers',
  'beFormsExceptBeing',
  'timeGapWords',
  'articlesThirdPersonPossessivesAndOur',
  'postmodifierOpeners',
  'conjunctionsAfterNameComma',
  'goOnToForms',
  'aspectualVerbs',
  'hurryToForms',
  'prepositionsBeforeMention',
  'subordinatorsBeforeSubject',
  'coordinatorsAndThen',
  'adverbsBeforeCoordinatedCue',
  'subjectDeterminers',
  'nominalDeterminers',
  'prepositionsBeforePhrase',
  'partitiveCounts',
  'determinersAfterOf',
  'articlesAndOne',
  'invertedSubjectFollowers',
  'groupModifiers',
  'pronounGroups',
  'nounPhraseOpeners',
  'conjunctionsAndRelativesAfterNameComma',
  'copulasBeforeRole',
  'affiliationPrepositions',
  'articles',
  'bareClauseVerbs',
  'objectTakingClauseVerbs',
  'tenseAndModalAuxiliaries',
  'notAfterSay',
  'addresseeWords',
  'relativeTimeAdverbs',
  'clauseVerbsAfterRelative',
  'adverbsAfterCue',
  'objectContentVerbs',
  'objectContentNouns',
  'noObjectOpeners',
  'clauseWordsInObject',
  'repetitionCounts',
  'adverbsBeforeQuestion',
  'prepositionsOfOccasion',
  'speakingOccasionNouns',
  'questionOpeners',
  'wordsBeforeFrontedAsked',
  'timeDeterminers',
  'timePeriods',
  'deicticTimeAdverbs',
  'prepositionsBeforeTimeOrPlace',
  'subordinatorsOfAdverbialTail',
  'participlesAfterAttribution',
  'fragmentBreakWords',
  'wordsBetweenSubjectAndVerb',
  'progressiveLeads',
  'statementNouns',
  'adverbialStartsAfterAddressee',
  'titleLinkWords',
  'articlesAndPossessives',
  'tellLikeVerbs',
  'linkersBeforeSubject',
  'wordsBeforeScareQuote',
  'wordsBeforeTitle',
  'titleMinorWords',
  'personalSubjectPronounsWithoutI',
  'wordsAfterFrameVerb',
  'adverbsBeforeFrameVerb',
  'weekdays',
  'calendarPeriods',
  'prepositionsOfAddressee',
  'definiteDeterminers',
  'conjunctionsBeforeGroupSubject',
  'relativesBeforeCue',
  'relativesOnReport',
  'prepositionsOfReportingVerbs',
  'utteranceVerbForms',
  'verbParticles',
  'namingParticiples',
  'adverbsBeforeObjectVerb',
  'possessivePronounsOfSpeakers',
  'wordsBeforeQuestionWho',
  'perfectAuxiliaries',
  'indefiniteSubjects',
  'relativePronouns',
  'finiteBeForms',
  'irregularPastVerbs',
  'prepositionsOfPlace',
  'prepositionsOfOrigin',
  'subordinatingConjunctions',
  'ingWordsNotParticiples',
  'namingVerbForms',
  'reflexivePronouns',
  'conjunctionsOpeningDescriptionClause',
  'informantPostmodifiers',
  'informantNouns',
  'timeSubordinators',
  'publicationNouns',
] as const;
export type ClauseWordList = (typeof CLAUSE_WORD_LISTS)[number];

/** The schema of all the lists; built when asked (only a validating `buildLexicon` and the tests need it, not a start). */
export const modelsSchema = () => z.object({
  reportingVerbs: z.array(ReportingVerbSchema),
  evaluativeVerbs: z.array(EvaluativeVerbSchema),
  speechNouns: z.array(z.string().min(1)),
  pronouns: z.array(PronounSchema),
  roleNouns: z.array(z.string().min(1)),
  roleModifiers: z.array(z.string().min(1)),
  titles: z.array(z.string().min(1)),
  groupNouns: z.array(z.string().min(1)),
  organizationNouns: z.array(z.string().min(1)),
  boilerplateLines: z.array(z.string().min(1)),
  promotionPatterns: z.array(z.string().min(1)),
  abbreviations: z.array(z.string().min(1)),
  nameParticles: z.array(z.string().min(1)),
  hyphenPrefixes: z.array(z.string().min(1)),
  nonNames: z.array(z.string().min(1)),
  adverbsBetween: z.array(z.string().min(1)),
  timePhrases: z.array(z.string().min(1)),
  clauseStarters: z.array(z.string().min(1)),
  places: z.array(z.string().min(1)),
  functionWords: z.array(z.string().min(1)),
  ...(Object.fromEntries(CLAUSE_WORD_LISTS.map((name) => [name, z.array(z.string().min(1)).min(1)])) as Record<ClauseWordList, z.ZodArray<z.ZodString>>),
});
export type Models = z.infer<ReturnType<typeof modelsSchema>>;
export type ReportingVerb = z.infer<typeof ReportingVerbSchema>;
export type EvaluativeVerb = z.infer<typeof EvaluativeVerbSchema>;
export type Pronoun = z.infer<typeof PronounSchema>;

/** The word lists shipped in `models/`, as plain data (not yet validated). */
export const bundledModels: z.input<ReturnType<typeof modelsSchema>> = {
  reportingVerbs: reportingVerbs.verbs,
  evaluativeVerbs: evaluativeVerbs.verbs,
  speechNouns: speechNouns.nouns,
  pronouns: pronouns.pronouns as z.input<typeof PronounSchema>[],
  roleNouns: roleNouns.nouns,
  roleModifiers: roleNouns.modifiers,
  titles: titles.titles,
  groupNouns: groupNouns.nouns,
  organizationNouns: organizationNouns.nouns,
  boilerplateLines: boilerplate.linePatterns,
  promotionPatterns: boilerplate.promotionPatterns,
  abbreviations: abbreviations.abbreviations,
  nameParticles: nameParts.particles,
  hyphenPrefixes: nameParts.hyphenPrefixes,
  nonNames: nonNames.words,
  adverbsBetween: adverbs.between,
  timePhrases: adverbs.time,
  clauseStarters: adverbs.clauseStarters,
  places: places.places,
  functionWords: functionWords.words,
  ...(Object.fromEntries(CLAUSE_WORD_LISTS.map((name) => [name, clauseWords[name].words])) as Record<ClauseWordList, string[]>),
};
