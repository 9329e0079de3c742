// The app page and the recovery page take one <head> from src/renderer/head.html: both get the content
// security policy, and a page that lost its marker stops the build instead of shipping without one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAD_MARKER, withSharedHead } from '../../../scripts/shared-head';

const renderer = path.resolve(import.meta.dirname, '../../../src/renderer');
const read = (file: string) => fs.readFileSync(path.join(renderer, file), 'utf8');

describe('the renderer pages share one head', () => {
  const head = read('head.html');

  it('puts the security policy, charset and title in both pages, once each', () => {
    for (const page of ['index.html', 'recovery.html']) {
      const html = withSharedHead(read(page), head, page);
      expect(html).not.toContain(HEAD_MARKER);
      expect(html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
      expect(html).toContain("script-src 'self';");
      expect(html.match(/<title>Followscope<\/title>/g)).toHaveLength(1);
      // The policy comes before anything that loads.
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    }
  });

  it('refuses a page without the marker, naming it', () => {
    expect(() => withSharedHead('<html><head></head></html>', head, 'other.html')).toThrow(
      `other.html: no ${HEAD_MARKER} in its <head>`,
    );
  });
});
