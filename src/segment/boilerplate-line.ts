import { defineRule } from '../rules/define.js';

/** A line that matches a boilerplate pattern from models/boilerplate.json: "Featured Image", "Read more: ...", "Follow X on Twitter". */
export const boilerplateLine = defineRule({
  name: 'boilerplate-line',
  stage: 'segment',
  description: 'Marks lines that match a boilerplate pattern (image placeholders, share and follow links, "read more").',
  apply(ctx) {
    for (const p of ctx.paragraphs) {
      if (p.text.length <= 400 && ctx.lexicon.boilerplateLines.some((re) => re.test(p.text))) ctx.label(p, 'boilerplate');
    }
  },
});
