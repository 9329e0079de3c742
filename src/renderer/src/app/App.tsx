import { AccountProvider } from './AccountContext';
import { ImportProvider } from './ImportContext';
import { Shell } from './Shell';
import { ThemeProvider } from './ThemeContext';
import { ToastProvider } from './ToastContext';

export function App() {
  return (
    <ThemeProvider>
      <ToastProvider>
        <AccountProvider>
          <ImportProvider>
            <Shell />
          </ImportProvider>
        </AccountProvider>
      </ToastProvider>
    </ThemeProvider>
  );
}
