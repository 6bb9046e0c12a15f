import type { FormatName } from './names.js';
import type { Formatter } from './types.js';

export { FORMATS, type FormatName } from './names.js';

/**
 * Each format's module, loaded when that format is asked for, so `check` reads one formatter and
 * not seven. A record, so adding a format name without its formatter does not compile.
 */
const LOADERS: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  markdown: async () => (await import('./markdown.js')).markdown,
};

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}
