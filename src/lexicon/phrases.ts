/**
 * Phrases of a word list grouped by their first word, each group in list order: a word is then matched only against the
 * phrases it can open ("last" against "last week", "last month"), not against the whole list. A phrase of no words
 * (a list entry of punctuation only) matches nothing and is left out.
 */
export function groupByFirstWord(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first === undefined) continue;
    const group = byFirst.get(first);
    if (group) group.push(phrase);
    else byFirst.set(first, [phrase]);
  }
  return byFirst;
}
