/** Colours of one speaker in the report: a light background for quotes and a strong colour for marks and text. */
export interface SpeakerColour {
  readonly background: string;
  readonly strong: string;
}

// Hues picked to stay distinguishable next to each other; past them, hues step by the golden angle.
const HUES = [210, 20, 130, 280, 45, 175, 330, 95, 250, 0, 190, 60];

/** The colour of the `index`-th speaker (0-based). Deterministic, so a page looks the same on every run. */
export function speakerColour(index: number): SpeakerColour {
  const hue = index < HUES.length ? HUES[index]! : Math.round((index * 137.508) % 360);
  const round = Math.floor(index / HUES.length);
  const lightness = 86 - (round % 3) * 6;
  return { background: `hsl(${hue} 85% ${lightness}%)`, strong: `hsl(${hue} 70% 32%)` };
}

/** Colours for quotes that have no resolved speaker. */
export const UNATTRIBUTED_COLOUR: SpeakerColour = { background: 'hsl(0 0% 88%)', strong: 'hsl(0 0% 30%)' };
