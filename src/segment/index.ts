import { boilerplateLine } from './boilerplate-line.js';
import { headerBlock } from './header-block.js';
import { headingLine } from './heading-line.js';
import { navigationLabels } from './navigation-labels.js';
import { promotionFooter } from './promotion-footer.js';

/** Segmentation rules, in order: boilerplate first so the header and headings are read from what is left. */
export const segmentRules = [boilerplateLine, promotionFooter, headerBlock, navigationLabels, headingLine] as const;
