import { assign, type ArticleComparison } from './match.js';
import { goldHasSpeaker, speakerCorrect } from './speaker.js';

/** How one rule fared over the predicted quotes it contributed to. */
export interface RuleStats {
  rule: string;
  /** Predicted quotes (outside discard spans) whose `rules` name it. */
  fired: number;
  /** Of those, how many matched a gold attribution at the threshold. */
  matched: number;
  /** Of the matched, how many had a gold speaker to check. */
  speakerChecked: number;
  /** Of those, how many got the speaker right. */
  speakerRight: number;
}

/** Per-rule tallies at `threshold` (default 0.5), most-fired first, then by name. */
export function ruleBreakdown(comparisons: readonly ArticleComparison[], threshold = 0.5): RuleStats[] {
  const stats = new Map<string, RuleStats>();
  for (const c of comparisons) {
    const { predictedToGold } = assign(c, threshold);
    c.predicted.forEach((p, pi) => {
      const gi = predictedToGold.get(pi);
      const g = gi === undefined ? undefined : c.gold.quotes[gi];
      const checked = !!g && goldHasSpeaker(g);
      const right = checked && speakerCorrect(g!, p, c.gold.text);
      for (const rule of new Set(p.rules ?? [])) {
        let s = stats.get(rule);
        if (!s) stats.set(rule, (s = { rule, fired: 0, matched: 0, speakerChecked: 0, speakerRight: 0 }));
        s.fired++;
        if (g) s.matched++;
        if (checked) s.speakerChecked++;
        if (right) s.speakerRight++;
      }
    });
  }
  return [...stats.values()].sort((a, b) => b.fired - a.fired || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
