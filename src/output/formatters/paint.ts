/** How the stylish formatter marks what it prints. The CLI hands it chalk's styles when the output is coloured. */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const same = (text: string): string => text;

/** No colour: what goes to a file, a pipe, CI, or a terminal with NO_COLOR. */
export const PLAIN: Paint = { red: same, yellow: same, blue: same, green: same, bold: same, dim: same };
