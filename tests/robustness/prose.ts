/** A short invented news article used to build long and odd inputs: every kind of quote, a header and a byline. */
export const ARTICLE = `Harbour board delays vote on the new ferry terminal

Ostmark Daily Courier

Thursday, October 9, 2025

The harbour board of Lennart Bay postponed its vote on a new ferry terminal on Wednesday, after residents filled the town hall to protest against the plan.

“We are not against ferries. We are against a terminal that swallows the only beach we have,” said Maud Egberts, who leads the residents’ association. “Nobody asked us.”

Board chairman Pieter Hollink told reporters that the delay would be short. He said the board still believed the terminal was “the best chance this town has had in thirty years.”

According to the regional transport office, the terminal would double the number of crossings to the islands by 2030.

“It is a question of when, not if,” Hollink added, before leaving the hall.

The residents' lawyer, Sanne Ruiter, argued that the board had ignored its own environmental report. Ruiter said: “The report is clear. The dunes cannot take another car park.”

Some fishermen said the new quay would finally give them the space they need. Others warned that the works would close the old harbour for two summers.
`;

/** Paragraphs of ARTICLE's body (after its three header lines). */
export const BODY_PARAGRAPHS = ARTICLE.split('\n\n').slice(3).map((p) => p.trim()).filter(Boolean);

/** ARTICLE's body repeated until the text is at least `chars` long, paragraphs separated by blank lines. */
export function longArticle(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const p = BODY_PARAGRAPHS[i % BODY_PARAGRAPHS.length]!;
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n');
}
