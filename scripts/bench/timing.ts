/**
 * Timing helpers: one pass over a list of texts, best of several rounds after a warm-up, medians. Passes are timed in
 * CPU time of this process (user + system), not wall time: on a machine shared with other jobs the wall clock
 * counts their time too, while CPU time stays what one core spends on the work (GC helper threads included).
 */

export type TextTask = (text: string) => unknown;

/** CPU milliseconds this process has used so far. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds for one pass of `task` over `texts`. */
export function timePass(texts: readonly string[], task: TextTask): number {
  const started = cpuMs();
  for (const text of texts) task(text);
  return cpuMs() - started;
}

/**
 * The fastest of `rounds` passes, after a warm-up pass over a few texts (so the JIT has compiled the hot paths,
 * as it has in any long-running process). The best round is the least disturbed by the rest of the machine.
 */
export function bestPass(texts: readonly string[], task: TextTask, rounds: number): number {
  timePass(texts.slice(0, Math.min(texts.length, 20)), task);
  let best = Infinity;
  for (let i = 0; i < rounds; i++) best = Math.min(best, timePass(texts, task));
  return best;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const totalChars = (texts: readonly string[]): number => texts.reduce((n, t) => n + t.length, 0);
