import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/markdown/index.ts';
import { benchArticle } from './bench/generate.ts';
const r = await unified(markdownOptions({ basePath: '/' })).createRenderer({ syntaxHighlight: false, image: { domains: [], remotePatterns: [] } } as never);
const bodies = Array.from({ length: 2000 }, (_, i) => benchArticle(i).text.split('\n---\n').slice(1).join('\n---\n'));
for (let i = 0; i < 200; i++) await r.render(bodies[i]!, { fileURL: new URL('file:///x.md'), frontmatter: {} });
const t = performance.now();
for (const b of bodies) await r.render(b, { fileURL: new URL('file:///x.md'), frontmatter: {} });
console.log('ms/article', ((performance.now() - t) / bodies.length).toFixed(2));
