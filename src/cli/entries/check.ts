/**
 * `socialplan check`'s own start file (bin/socialplan.js picks it for check): main's entry with the
 * check command imported statically, so Node loads the command's modules as one graph with the
 * start, rather than after commander, one dynamic import at a time (about 10 ms on every push).
 */
export { run } from '../main.js';
import '../commands/check.js';
