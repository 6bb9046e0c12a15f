/** The longest id slugify makes. */
export const MAX_SLUG = 48;

/**
 * A lower-case, dash-separated id from a name: "Client care (pilot)" -> "client-care-pilot". A long name is cut
 * at the last whole word that fits, never inside one ("...-social-strategy", not "...-social-strategy-202").
 */
export function slugify(text: string): string {
  const full = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = full.length <= MAX_SLUG ? full : full.slice(0, MAX_SLUG);
  // Cut inside a word (the next character is not a dash): go back to the last dash, if a word is left before it.
  const atWord = full.length <= MAX_SLUG || full[MAX_SLUG] === '-' || cut.lastIndexOf('-') <= 0 ? cut : cut.slice(0, cut.lastIndexOf('-'));
  const slug = atWord.replace(/-+$/, '');
  return /^[a-z]/.test(slug) ? slug : `x${slug ? `-${slug}` : ''}`;
}
