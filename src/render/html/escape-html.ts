import { visible } from '../../text/visible.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or an attribute value: markup characters become entities, controls are made visible. */
export function escapeHtml(text: string): string {
  return visible(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
