import fs from 'node:fs';
import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { BridgeEvent } from '../../shared/bridge';

export interface MenuOptions {
  /** Reload and the developer tools are for development only: a packaged app offers neither. */
  development: boolean;
  /** The folder "Help → Open logs folder" opens. */
  logsDir: string;
}

export function installMenu(
  getWindow: () => BrowserWindow | null,
  send: (event: BridgeEvent) => void,
  options: MenuOptions,
): void {
  const isMac = process.platform === 'darwin';
  const developmentItems: MenuItemConstructorOptions[] = options.development
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Import…',
          accelerator: 'CmdOrCtrl+O',
          click: () => send({ type: 'menu', action: 'import' }),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developmentItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        {
          label: 'Open logs folder',
          click: () => {
            fs.mkdirSync(options.logsDir, { recursive: true });
            void shell.openPath(options.logsDir);
          },
        },
        { type: 'separator' },
        {
          label: 'About Followscope',
          click: () => {
            const window = getWindow();
            const options = {
              type: 'info' as const,
              title: 'About Followscope',
              message: `Followscope ${app.getVersion()}`,
              detail: 'An offline growth dashboard for creators. Your data never leaves this computer.',
            };
            void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
