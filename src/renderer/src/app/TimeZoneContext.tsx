// The product's one time zone in the renderer: read from Settings when the app loads, handed to the
// shared formatters (format.ts), and changed by the Settings page. Every formatter call happens while
// rendering, so a change of zone remounts the app below this provider to show every date in the new zone.
import { createContext, Fragment, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { displayTimeZone, setDisplayTimeZone } from '../format';

interface TimeZoneValue {
  /** The zone every date and time is shown in. */
  timeZone: string;
  /** Tells the app the Settings zone changed (the Settings page calls it after saving). */
  changed(zone: string): void;
}

const TimeZoneContext = createContext<TimeZoneValue | null>(null);

export function TimeZoneProvider({ children }: { children: ReactNode }) {
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const changed = useCallback((zone: string) => {
    setDisplayTimeZone(zone);
    setTimeZone(zone);
  }, []);
  useEffect(() => {
    let live = true;
    window.followscope.timeZoneSetting({}).then(
      (setting) => live && changed(setting.timeZone),
      // Without the setting (a broken database) the app still opens, in the zone the formatters know.
      () => live && setTimeZone(displayTimeZone()),
    );
    return () => {
      live = false;
    };
  }, [changed]);
  // Nothing renders before the zone is known, so no date is ever shown in the browser's zone first.
  if (timeZone === null) return null;
  return (
    <TimeZoneContext.Provider value={{ timeZone, changed }}>
      <Fragment key={timeZone}>{children}</Fragment>
    </TimeZoneContext.Provider>
  );
}

export function useTimeZone(): TimeZoneValue {
  const value = useContext(TimeZoneContext);
  if (!value) throw new Error('useTimeZone must be used inside <TimeZoneProvider>');
  return value;
}
