// From Electron's render-process-gone details to what the recovery page says.
import { describe, expect, it } from 'vitest';
import { recoveryUrl } from '../../../src/main/electron/recovery-url';
import { describeRendererGone, parseRendererGone } from '../../../src/renderer/src/recovery/describe';

describe('recovery page address and text', () => {
  it('carries the reason and exit code from the main process to the page', () => {
    const url = new URL(recoveryUrl({ reason: 'oom', exitCode: -536870904 }));
    expect(`${url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin}${url.pathname}`).toBe(
      'app://followscope/recovery.html',
    );
    const gone = parseRendererGone(url.search);
    expect(gone).toEqual({ reason: 'oom', exitCode: -536870904 });
    expect(describeRendererGone(gone)).toEqual({
      summary: 'The window’s page ran out of memory.',
      detail: 'reason: oom, exit code -536870904',
    });
  });

  it('uses the dev server while developing', () => {
    expect(recoveryUrl({ reason: 'crashed', exitCode: 11 }, 'http://localhost:5173')).toBe(
      'http://localhost:5173/recovery.html?reason=crashed&exitCode=11',
    );
  });

  it('says something plain for a reason it does not know, and ignores a malformed exit code', () => {
    const gone = parseRendererGone('?reason=something-new&exitCode=abc');
    expect(describeRendererGone(gone)).toEqual({
      summary: 'The window’s page stopped.',
      detail: 'reason: something-new',
    });
  });
});
