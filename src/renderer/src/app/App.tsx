import { QueryProvider } from '../data/QueryProvider';
import { AccountProvider } from './AccountContext';
import { ImportProvider } from './ImportContext';
import { Shell } from './Shell';
import { ThemeProvider } from './ThemeContext';
import { TimeZoneProvider } from './TimeZoneContext';
import { ToastProvider } from './ToastContext';

export function App() {
  return (
    <QueryProvider>
      <ThemeProvider>
        <ToastProvider>
          <AccountProvider>
            <ImportProvider>
              <TimeZoneProvider>
                <Shell />
              </TimeZoneProvider>
            </ImportProvider>
          </AccountProvider>
        </ToastProvider>
      </ThemeProvider>
    </QueryProvider>
  );
}
