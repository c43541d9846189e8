import * as z from 'zod';
import { STAGES, type Rule, type StageName } from '../pipeline/rule.js';

export const RuleSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9:-]*$/, 'a rule name is lower-case words joined by "-" (a "plugin:" prefix is allowed)'),
  stage: z.enum(STAGES),
  description: z.string().default(''),
  apply: z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'apply must be a function'),
});

/**
 * Declares a rule for one stage. The returned rule is frozen; pass it to `createAnalyzer({ rules: [...] })`.
 * @example defineRule({ name: 'my-cue', stage: 'cues', description: '...', apply(ctx) { ... } })
 */
export function defineRule<S extends StageName>(rule: { name: string; stage: S; description?: string; apply: Rule<S>['apply'] }): Rule<S> {
  const parsed = RuleSchema.parse(rule);
  return Object.freeze({ name: parsed.name, stage: rule.stage, description: parsed.description, apply: rule.apply });
}
