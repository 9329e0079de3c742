import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TabLabel, type TabItem } from './TabLabel';
import { TabsMoreMenu } from './TabsMoreMenu';
import { visibleTabs } from './visibleTabs';

export type { TabItem };

export interface TabsProps<Id extends string> {
  tabs: readonly TabItem<Id>[];
  value: Id;
  onChange(id: Id): void;
  /** Accessible name of the tab list. */
  label: string;
}

/**
 * A tab strip (ARIA tablist, arrow keys move between tabs). It only switches: render the panel
 * yourself below it. Tip: keep the tab in the URL with navigate(page, { tab }) so it survives reloads.
 *
 * The strip never wraps and never scrolls: the tabs that do not fit the width go into a "More" menu
 * after it, and the chosen tab always stays on the strip. Scrolling strips hide tabs people never find,
 * and wrapped ones look like two rows of unrelated buttons.
 */
export function Tabs<Id extends string>({ tabs, value, onChange, label }: TabsProps<Id>) {
  const bar = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const [shown, setShown] = useState<readonly Id[] | null>(null);

  // The labels' widths come from an invisible copy of the whole strip; the bar's width from a
  // ResizeObserver. Before the first measurement every tab is shown (the server-less first paint).
  useLayoutEffect(() => {
    const fit = () => {
      const box = measure.current;
      if (!box || !bar.current) return;
      const widths = [...box.querySelectorAll('[data-measure-tab]')].map(
        (el) => el.getBoundingClientRect().width,
      );
      const moreWidth = box.querySelector('[data-measure-more]')?.getBoundingClientRect().width ?? 0;
      const gap = parseFloat(getComputedStyle(box.firstElementChild ?? box).columnGap) || 0;
      const ids = visibleTabs({
        ids: tabs.map((t) => t.id),
        widths,
        gap,
        chosen: value,
        room: bar.current.getBoundingClientRect().width,
        moreWidth,
      });
      setShown((prev) => (prev && prev.join('\n') === ids.join('\n') ? prev : ids));
    };
    fit();
    const observer = new ResizeObserver(fit);
    if (bar.current) observer.observe(bar.current);
    return () => observer.disconnect();
  }, [tabs, value]);

  const onStrip = shown ? tabs.filter((t) => shown.includes(t.id)) : tabs;
  const hidden = shown ? tabs.filter((t) => !shown.includes(t.id)) : [];

  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (i + step + onStrip.length) % onStrip.length;
    const tab = onStrip[next];
    if (!tab) return;
    onChange(tab.id);
    refs.current[next]?.focus();
  };

  return (
    <div className="tabs-bar" ref={bar}>
      <div className="tabs" role="tablist" aria-label={label}>
        {onStrip.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab.id === value}
            tabIndex={tab.id === value ? 0 : -1}
            onClick={() => onChange(tab.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            <TabLabel tab={tab} />
          </button>
        ))}
      </div>
      {hidden.length > 0 && <TabsMoreMenu tabs={hidden} label={label} onChange={onChange} />}
      {/* The strip as it would be with every tab, out of sight and out of the accessibility tree. */}
      <div className="tabs-measure" aria-hidden="true" ref={measure}>
        <div className="tabs">
          {tabs.map((tab) => (
            <span key={tab.id} className="tab" data-measure-tab>
              <TabLabel tab={tab} />
            </span>
          ))}
        </div>
        <span className="tab tabs-more" data-measure-more>
          {tabs.length} more ▾
        </span>
      </div>
    </div>
  );
}
