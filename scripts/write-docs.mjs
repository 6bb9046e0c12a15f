// Regenerates what is generated from the source: the rule reference and the editor schema.
import { writeFileSync } from 'node:fs';
import { rulesDoc } from '../dist/docs/rules-doc.js';
import { strategyJsonSchema } from '../dist/model/json-schema.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc());
writeFileSync(new URL('../schema/strategy.schema.json', import.meta.url), `${JSON.stringify(strategyJsonSchema(), null, 2)}\n`);
