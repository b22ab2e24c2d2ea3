const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made inert for HTML, in element content and in quoted attribute values alike: page text (a seller's message,
 * a store name) can never open a tag, close the document's own markup or leave an attribute.
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
