import { editorialWe } from './editorial-we.js';
import { groupSpeaker } from './group-speaker.js';
import { nameHyphenVariant } from './name-hyphen-variant.js';
import { nameMatch } from './name-match.js';
import { nameMisspelling } from './name-misspelling.js';
import { newPerson } from './new-person.js';
import { nominalAntecedent } from './nominal-antecedent.js';
import { organizationSpeaker } from './organization-speaker.js';
import { relativeAntecedent } from './relative-antecedent.js';
import { pronounAntecedent } from './pronoun-antecedent.js';

/** Resolution sieves, tried in order on each mention (in text order) until one links it to a speaker. */
export const resolveRules = [
  groupSpeaker, organizationSpeaker, nameMatch, nameHyphenVariant, nameMisspelling, newPerson, relativeAntecedent, pronounAntecedent, editorialWe, nominalAntecedent,
] as const;
