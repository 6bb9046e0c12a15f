import { readFileSync, writeFileSync } from 'node:fs';
const [,, input, prefix] = process.argv;
const blocks = [...readFileSync(input, 'utf8').matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
blocks.forEach((b, i) => {
  const esc = b.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(`${prefix}-${i}.html`, `<!doctype html><html><head><meta charset="utf-8"><script src="file:///work/main/node_modules/mermaid/dist/mermaid.min.js"></script></head><body style="margin:10px;background:#fff"><pre class="mermaid">${esc}</pre><script>mermaid.initialize({startOnLoad:false});mermaid.run();</script></body></html>`);
});
console.log(blocks.length, blocks.map((b) => b.split('\n').find((l) => !l.startsWith('%%'))).join(' | '));
