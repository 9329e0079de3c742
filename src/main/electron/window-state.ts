// Remembers the window's size and position between runs (userData/window-state.json).
import fs from 'node:fs';
import path from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1280, height: 820 }, maximized: false };

export function loadWindowState(userData: string): WindowState {
  try {
    const state = JSON.parse(
      fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8'),
    ) as WindowState;
    const visible = screen.getAllDisplays().some((d) => intersects(d.workArea, state.bounds));
    return visible && state.bounds.width >= 640 && state.bounds.height >= 480 ? state : centred();
  } catch {
    return centred();
  }
}

export function trackWindowState(window: BrowserWindow, userData: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(userData, 'window-state.json'), JSON.stringify(state));
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}

function centred(): WindowState {
  const area = screen.getPrimaryDisplay().workArea;
  const width = Math.min(DEFAULT.bounds.width, area.width);
  const height = Math.min(DEFAULT.bounds.height, area.height);
  return {
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    maximized: false,
  };
}

function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
