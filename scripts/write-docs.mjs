// Regenerates what is generated from the source: the rule reference, the editor schema and the quick
// validator check uses for a valid strategy (src/model/schema/accepts.generated.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answersDoc, ruleDocs, strategyAcceptsSource, strategyJsonSchema } from '../dist/docs.js';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
rmSync(`${docs}rules`, { recursive: true, force: true });
for (const [path, content] of ruleDocs()) {
  mkdirSync(dirname(`${docs}${path}`), { recursive: true });
  writeFileSync(`${docs}${path}`, content);
}
writeFileSync(`${docs}answers.md`, answersDoc());
writeFileSync(new URL('../schema/strategy.schema.json', import.meta.url), `${JSON.stringify(strategyJsonSchema(), null, 2)}\n`);
writeFileSync(new URL('../src/model/schema/accepts.generated.ts', import.meta.url), strategyAcceptsSource());
