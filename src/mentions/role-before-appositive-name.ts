import { defineRule } from '../rules/define.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const LEADING_ARTICLE = ({ anyOf }: Lexicon) => new RegExp(String.raw`^${anyOf.articles}\s+`, 'iu');

/**
 * A role noun phrase with the name set off after it: `The authority's chair, Gordon MacLeish, told ...`,
 * `Her lawyer, Jane Doe, said`. The name takes the phrase (less its article) as its role.
 */
export const roleBeforeAppositiveName = defineRule({
  name: 'role-before-appositive-name',
  stage: 'mentions',
  description: 'Gives a name set off by commas the role of the nominal right before it ("the ministry\'s spokesman, X,").',
  apply(ctx) {
    const nameAt = new Map(ctx.mentions.filter((m) => m.type === 'name').map((m) => [m.start, m]));
    for (const nominal of ctx.mentions) {
      if (nominal.type !== 'nominal') continue;
      // the name starts within ", " of the nominal's end
      const name = [1, 2, 3].map((d) => nameAt.get(nominal.end + d)).find((m) => m !== undefined);
      if (!name || !/^\s*,\s*$/u.test(ctx.text.slice(nominal.end, name.start)) || !/^\s*,/u.test(ctx.text.slice(name.end, name.end + 3))) continue;
      ctx.setRole(name, nominal.text.replace(ctx.lexicon.once(LEADING_ARTICLE), ''));
    }
  },
});
