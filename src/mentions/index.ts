import { absoluteWithPhrase } from './absolute-with-phrase.js';
import { accordingSource } from './according-source.js';
import { affiliationFromRole } from './affiliation.js';
import { appositiveRole } from './appositive-role.js';
import { clauseOpeningPhrase } from './clause-opening-phrase.js';
import { group } from './group.js';
import { informantPhrase } from './informant-phrase.js';
import { nominal } from './nominal.js';
import { organization } from './organization.js';
import { personName } from './person-name.js';
import { possessiveMaker } from './possessive-maker.js';
import { pronoun } from './pronoun.js';
import { roleBeforeName } from './role-before-name.js';
import { roleBeforeAppositiveName } from './role-before-appositive-name.js';
import { relativePronoun } from './relative-pronoun.js';
import { subjectPhrase } from './subject-phrase.js';

/** Mention rules, in order: mentions first, then the rules that read roles and affiliations off them. */
export const mentionRules = [personName, organization, pronoun, possessiveMaker, nominal, group, relativePronoun, subjectPhrase, absoluteWithPhrase, informantPhrase, clauseOpeningPhrase, accordingSource, appositiveRole, roleBeforeName, roleBeforeAppositiveName, affiliationFromRole] as const;
