/** A piece of the phrase as written, tidied: one space, no trailing dot, lower-case first letter (unless an acronym). */
export function tidy(text: string): string {
  const t = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:\s]+$/, '');
  if (t.length > 1 && t[1] === t[1]?.toLowerCase()) return (t[0] ?? '').toLowerCase() + t.slice(1);
  return t;
}
