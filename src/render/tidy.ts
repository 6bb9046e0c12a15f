/**
 * The whitespace of rendered Markdown, made regular whatever a template's layout: no trailing
 * spaces, at most one blank line in a row, none at the start, one newline at the end. Lines inside
 * fenced code blocks are left exactly as they are.
 */
export function tidy(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      out.push(raw);
      if (opener && opener[1]!.startsWith(fence) && raw.trim() === opener[1]) fence = null;
      continue;
    }
    if (opener) fence = opener[1]!;
    // An empty table cell written as "|  |" is one space, as markdownlint's table style expects.
    const line = raw.trimEnd().startsWith('|') ? raw.trimEnd().replace(/\| {2,}(?=\|)/g, '| ') : raw.trimEnd();
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
