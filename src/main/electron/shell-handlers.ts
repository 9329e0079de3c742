// The calls only the desktop shell can answer: native dialogs and the system browser.
import { BrowserWindow, dialog, shell } from 'electron';
import type { CallResult, ParsedInput, ShellCallName } from '../../shared/contract';
import { allowedExternalUrl } from '../../shared/contract/shell';

/** Answered on the Electron main thread; they need no database, so they take no service context. */
export const shellHandlers: { [K in ShellCallName]: (input: ParsedInput<K>) => Promise<CallResult<K>> } = {
  pickImportPaths: async ({ folders }) => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options: Electron.OpenDialogOptions = {
      title: 'Import an export',
      properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
      filters: folders
        ? []
        : [
            {
              name: 'Exports (ZIP, JSON, TXT, CSV, XLSX)',
              extensions: ['zip', 'json', 'txt', 'csv', 'xlsx'],
            },
            { name: 'All files', extensions: ['*'] },
          ],
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  },
  openExternal: async ({ url }) => {
    const href = allowedExternalUrl(url);
    if (href === null) return { opened: false };
    await shell.openExternal(href);
    return { opened: true };
  },
};
