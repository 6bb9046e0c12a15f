/** What scripts/write-docs.mjs writes into the repository: the rule reference, the answers file reference and the editor schema. */
export { answersDoc } from './answers-doc.js';
export { ruleDocs } from './rules-doc.js';
export { strategyJsonSchema } from '../model/json-schema.js';
