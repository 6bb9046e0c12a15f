/**
 * Markdown that socialplan built and escaped itself, such as a table or a Mermaid diagram. A
 * template prints it with `{{block value}}`, which accepts nothing else: a user's text can never
 * reach the output unescaped by that door.
 */
export class MarkdownBlock {
  constructor(readonly markdown: string) {}
}

export function block(markdown: string): MarkdownBlock {
  return new MarkdownBlock(markdown);
}
