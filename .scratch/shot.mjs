import MarkdownIt from 'markdown-it';
import { readFileSync, writeFileSync } from 'node:fs';
const [,, input, output] = process.argv;
const md = new MarkdownIt({ html: false });
const fence = md.renderer.rules.fence;
md.renderer.rules.fence = (tokens, idx, options, env, self) => {
  const t = tokens[idx];
  if (t.info.trim() === 'mermaid') return `<pre class="mermaid">${md.utils.escapeHtml(t.content)}</pre>`;
  return fence(tokens, idx, options, env, self);
};
const body = md.render(readFileSync(input, 'utf8'));
writeFileSync(output, `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:sans-serif;max-width:1100px;margin:20px auto;font-size:14px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}pre.mermaid{background:#fff}</style>
<script src="file:///work/main/node_modules/mermaid/dist/mermaid.min.js"></script></head><body>${body}
<script>mermaid.initialize({startOnLoad:false});mermaid.run().then(()=>{document.title='done'});</script></body></html>`);
