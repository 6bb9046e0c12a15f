// One parse of one file by one of socialplan's YAML readers, in a fresh process, as `check` meets it:
// cold code, one file. Prints the milliseconds the parse took (reading the file is not counted).
// Bundled by scripts/bench.mjs for its table of each reader's share.
import { readFileSync } from 'node:fs';
import { parseWithJsYaml } from '../../src/model/yaml/fast-yaml.js';
import { readPlainYaml } from '../../src/model/yaml/plain-yaml.js';
import { parseWithYaml } from '../../src/model/yaml/yaml-source.js';

const [reader, file] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const started = process.hrtime.bigint();
const read =
  reader === 'plain' ? readPlainYaml(text) !== undefined : reader === 'js-yaml' ? parseWithJsYaml(text) !== undefined : parseWithYaml(file!, text).source !== undefined;
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ ms, read }));
