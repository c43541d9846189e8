import { defineRule } from '../rules/define.js';

// "a professor of economics at Mohammed V University" -> "Mohammed V University"
const AT_ORG = /\b(?:at|of|for|with|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}\-’'.]*(?:\s+(?:of|for|and|on|the|de|du|al|el|\p{Lu}[\p{L}\p{N}\-’'.]*))*)/u;

/** The organisation a role names, from "... at/of/for ORG": `spokesman for the Interior Ministry`. */
export const affiliationFromRole = defineRule({
  name: 'affiliation-from-role',
  stage: 'mentions',
  description: 'Reads an affiliation from the capitalised name after at/of/for/with in a role.',
  apply(ctx) {
    for (const m of ctx.mentions) {
      if (!m.role) continue;
      const found = AT_ORG.exec(m.role.text);
      if (!found) continue;
      const org = found[1]!.replace(/\s+(?:of|for|and|on|the|de|du|al|el)$/u, '').trim();
      if (org) ctx.setAffiliation(m, org);
    }
  },
});
