/** Longest quoted user text a message repeats whole: a 10 MB deadline phrase is not echoed back. */
const MAX_QUOTED = 120;
const MAX_MESSAGE = 1_000;

/**
 * A message as the terminal may show it. User text is data: control characters from YAML escapes (`"\e[2J"` would
 * clear the screen) and direction overrides are shown as escapes; quoted text longer than MAX_QUOTED is cut
 * with «…», and a message longer than MAX_MESSAGE anyway at its end.
 */
export function displayText(text: string): string {
  let out = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, escapeChar);
  out = out.replace(/«([^«»]*)»/g, (whole, inner: string) =>
    inner.length > MAX_QUOTED ? `«${inner.slice(0, MAX_QUOTED - 20)}…»` : whole,
  );
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE - 1)}…` : out;
}

function escapeChar(c: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  const cp = c.codePointAt(0)!;
  return named[c] ?? (cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`);
}
