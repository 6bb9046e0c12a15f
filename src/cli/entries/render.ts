/** `socialplan render`'s own start file: as entries/check.ts, for render. */
export { run } from '../main.js';
import '../commands/render.js';
