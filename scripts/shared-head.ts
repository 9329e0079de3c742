// The renderer's pages (the app and the recovery screen) share one <head>: the content security policy,
// the charset, the color scheme and the title live in src/renderer/head.html, and each page's HTML has
// a marker where the build puts it. A page without the marker fails the build rather than shipping
// without its security policy.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const HEAD_MARKER = '<!-- followscope:head -->';

/** The page's HTML with the shared head in place of its marker. */
export function withSharedHead(html: string, head: string, page: string): string {
  if (!html.includes(HEAD_MARKER)) throw new Error(`${page}: no ${HEAD_MARKER} in its <head>`);
  return html.replace(HEAD_MARKER, head.trim());
}

export function sharedHead(headFile: string): Plugin {
  return {
    name: 'followscope-shared-head',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        withSharedHead(html, fs.readFileSync(headFile, 'utf8'), path.basename(ctx.filename)),
    },
  };
}
