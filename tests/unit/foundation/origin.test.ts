import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containedPath, isAppUrl } from '../../../src/main/electron/origin';
import { allowedExternalUrl, isAllowedExternalUrl } from '../../../src/shared/contract/shell';

describe('isAppUrl (IPC sender check)', () => {
  it('accepts only the app origin, or the dev server when one is given', () => {
    expect(isAppUrl('app://followscope/index.html')).toBe(true);
    expect(isAppUrl('app://followscope/#/growth')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('file:///tmp/index.html')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('containedPath (custom protocol file serving)', () => {
  const root = path.resolve('/srv/renderer');
  it('resolves files inside the root', () => {
    expect(containedPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(containedPath(root, '/assets/app.js')).toBe(path.join(root, 'assets/app.js'));
  });
  it('never escapes the root', () => {
    for (const attempt of [
      '/../etc/passwd',
      '/assets/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fsecret',
      '/%E0%A4%A',
      '/a%00b',
    ]) {
      const resolved = containedPath(root, attempt);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
    expect(containedPath(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('isAllowedExternalUrl', () => {
  it('opens only allow-listed https URLs', () => {
    expect(isAllowedExternalUrl('https://buffer.com/resources/tiktok-algorithm')).toBe(true);
    expect(isAllowedExternalUrl('http://buffer.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://buffer.com.evil.net/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@buffer.com/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
  });
});

describe('allowedExternalUrl', () => {
  it('hands on the parsed, normalized href, never the raw string', () => {
    // The backslash is a path separator to the URL parser: what is opened is buffer.com, written so that no
    // other parser can read evil.com as the host.
    expect(allowedExternalUrl('https://buffer.com\\@evil.com/')).toBe('https://buffer.com/@evil.com/');
    expect(allowedExternalUrl('HTTPS://Buffer.COM/a b')).toBe('https://buffer.com/a%20b');
    expect(allowedExternalUrl('https://evil.com\\@buffer.com/')).toBeNull();
    expect(allowedExternalUrl('https://buffer.com.evil.net/')).toBeNull();
  });
});
