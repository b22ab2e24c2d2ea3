/**
 * Turns a string read from a page into the plain text the snapshot schemas accept: markup-looking sequences,
 * control characters and bidirectional controls removed, whitespace collapsed, cut to `max` characters. Returns undefined when nothing is left,
 * so callers leave the field absent instead of storing an empty value.
 */
export function toPlainText(raw: unknown, max: number): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw)
    .slice(0, max * 4)
    .replace(/<\s*\/?\s*[a-z!][^>]*>?/gi, ' ')
    .replace(/<(?=\s*\/?\s*[a-z!])/gi, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    // Bidirectional embeddings, overrides and isolates can make "10" read as "01" or hide text.
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
