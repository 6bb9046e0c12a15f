/** A lower-case, dash-separated id from a name: "Client care (pilot)" -> "client-care-pilot". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return /^[a-z]/.test(slug) ? slug : `x${slug ? `-${slug}` : ''}`;
}
