import * as z from 'zod';
import { STAGES, type Rule, type StageName } from '../pipeline/rule.js';

const RULE_NAME = /^[a-z0-9][a-z0-9:-]*$/;

export const RuleSchema = z.object({
  name: z.string().regex(RULE_NAME, 'a rule name is lower-case words joined by "-" (a "plugin:" prefix is allowed)'),
  stage: z.enum(STAGES),
  description: z.string().default(''),
  apply: z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'apply must be a function'),
});

/**
 * Declares a rule for one stage. The returned rule is frozen; pass it to `createAnalyzer({ rules: [...] })`.
 * @example defineRule({ name: 'my-cue', stage: 'cues', description: '...', apply(ctx) { ... } })
 */
export function defineRule<S extends StageName>(rule: { name: string; stage: S; description?: string; apply: Rule<S>['apply'] }): Rule<S> {
  // a plainly valid rule (every built-in one) is taken as is: zod's parse of ~60 rules was a tenth of the import
  if (typeof rule === 'object' && rule !== null) {
    const { name, stage, description, apply } = rule;
    if (typeof name === 'string' && RULE_NAME.test(name) && STAGES.includes(stage) && (description === undefined || typeof description === 'string') && typeof apply === 'function') {
      return Object.freeze({ name, stage, description: description ?? '', apply });
    }
  }
  const parsed = RuleSchema.parse(rule);
  return Object.freeze({ name: parsed.name, stage: rule.stage, description: parsed.description, apply: rule.apply });
}
