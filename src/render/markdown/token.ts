/**
 * A token of the board pack's Markdown: the shape of markdown-it's Token (the same fields, the same attribute
 * methods), so that socialplan's own reader of the Markdown its templates write (read-blocks.ts) and markdown-it,
 * which reads anything else, give the HTML and PDF writers one kind of token.
 */
export class MarkdownToken {
  map: [number, number] | null = null;
  level = 0;
  children: MarkdownToken[] | null = null;
  content = '';
  markup = '';
  info = '';
  meta: unknown = null;
  block = false;
  hidden = false;
  /** Values are strings, except an ordered list's `start`, a number. */
  attrs: [string, string | number][] | null = null;

  constructor(
    public type: string,
    public tag: string,
    public nesting: -1 | 0 | 1,
  ) {}

  attrIndex(name: string): number {
    return this.attrs ? this.attrs.findIndex(([key]) => key === name) : -1;
  }

  attrGet(name: string): string | number | null {
    const i = this.attrIndex(name);
    return i < 0 ? null : this.attrs![i]![1];
  }

  attrSet(name: string, value: string | number): void {
    const i = this.attrIndex(name);
    if (i < 0) (this.attrs ??= []).push([name, value]);
    else this.attrs![i] = [name, value];
  }
}

/** What the writers read of a token: markdown-it's tokens have it too. */
export interface Token {
  type: string;
  tag: string;
  nesting: number;
  map: [number, number] | null;
  level: number;
  children: Token[] | null;
  content: string;
  markup: string;
  info: string;
  block: boolean;
  hidden: boolean;
  attrs: [string, string | number][] | null;
  attrGet(name: string): string | number | null;
  attrSet(name: string, value: string | number): void;
  attrIndex(name: string): number;
}
