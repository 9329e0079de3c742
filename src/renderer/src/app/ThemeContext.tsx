// Light and dark themes: follow the system by default, or the user's override from Settings (kept in
// localStorage). The resolved theme is written to <html data-theme>, which tokens.css keys on.
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ResolvedTheme } from '../charts/palette';

export type ThemeSetting = 'system' | 'light' | 'dark';

interface ThemeState {
  setting: ThemeSetting;
  resolved: ResolvedTheme;
  setSetting(setting: ThemeSetting): void;
}

const STORAGE_KEY = 'followscope.theme';
const query = () => window.matchMedia('(prefers-color-scheme: dark)');

function readSetting(): ThemeSetting {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function subscribeSystem(onChange: () => void) {
  const mq = query();
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const ThemeCtx = createContext<ThemeState | null>(null);

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [setting, setSettingState] = useState<ThemeSetting>(readSetting);
  const systemDark = useSyncExternalStore(subscribeSystem, () => query().matches);
  const resolved: ResolvedTheme = setting === 'system' ? (systemDark ? 'dark' : 'light') : setting;

  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);

  const value = useMemo<ThemeState>(
    () => ({
      setting,
      resolved,
      setSetting(next) {
        if (next === 'system') localStorage.removeItem(STORAGE_KEY);
        else localStorage.setItem(STORAGE_KEY, next);
        setSettingState(next);
      },
    }),
    [setting, resolved],
  );
  return <ThemeCtx.Provider value={value}>{children}</ThemeCtx.Provider>;
}

export function useTheme(): ThemeState {
  const ctx = useContext(ThemeCtx);
  if (!ctx) throw new Error('useTheme outside ThemeProvider');
  return ctx;
}
