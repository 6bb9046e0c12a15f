// Regenerates the generated files users read and git keeps: the rule reference, the answers reference and
// the editor schema. Tests fail when any of them drifts from the source.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answersDoc, ruleDocs, strategyJsonSchema } from '../dist/docs.js';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
rmSync(`${docs}rules`, { recursive: true, force: true });
for (const [path, content] of ruleDocs()) {
  mkdirSync(dirname(`${docs}${path}`), { recursive: true });
  writeFileSync(`${docs}${path}`, content);
}
writeFileSync(`${docs}answers.md`, answersDoc());
writeFileSync(new URL('../schema/strategy.schema.json', import.meta.url), `${JSON.stringify(strategyJsonSchema(), null, 2)}\n`);
