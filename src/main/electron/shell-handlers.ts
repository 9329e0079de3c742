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
  pickDatabasePath: async ({ purpose }) => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const filters = [
      { name: 'Followscope database', extensions: ['db', 'sqlite', 'bak'] },
      { name: 'All files', extensions: ['*'] },
    ];
    if (purpose === 'backup') {
      const options: Electron.SaveDialogOptions = {
        title: 'Back up the database',
        defaultPath: `followscope-backup-${new Date().toISOString().slice(0, 10)}.db`,
        filters,
      };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    }
    const options: Electron.OpenDialogOptions = {
      title: 'Restore a backup',
      properties: ['openFile'],
      filters,
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  openExternal: async ({ url }) => {
    const href = allowedExternalUrl(url);
    if (href === null) return { opened: false };
    await shell.openExternal(href);
    return { opened: true };
  },
};
