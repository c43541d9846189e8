import type { Speaker } from '../schema/result.js';

/**
 * A speaker's role as a report shows it: the role, then the affiliation unless the role already names it
 * ("engineer at the Port Authority" stays as it is; "engineer" with "Port Authority" reads "engineer, Port Authority").
 */
export function roleForReport(speaker: Pick<Speaker, 'role' | 'affiliation'>): string {
  const { role, affiliation } = speaker;
  if (!affiliation) return role ?? '';
  if (!role) return affiliation;
  return role.toLowerCase().includes(affiliation.toLowerCase()) ? role : `${role}, ${affiliation}`;
}
