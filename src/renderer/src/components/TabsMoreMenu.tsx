// The "More" button at the end of a tab strip that lists the tabs not on it (a menu button: Enter,
// Space or ↓ opens it on the first item, ↑/↓ move, Enter picks, Escape closes back to the button).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { TabLabel, type TabItem } from './TabLabel';

export function TabsMoreMenu<Id extends string>({
  tabs,
  label,
  onChange,
}: {
  tabs: readonly TabItem<Id>[];
  /** The tab strip's name: the button says "More <label>". */
  label: string;
  onChange(id: Id): void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const wrap = useRef<HTMLDivElement>(null);
  const menuId = useId();

  // A click anywhere else closes the menu, as a native menu would.
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    items.current[0]?.focus();
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const pick = (id: Id) => {
    setOpen(false);
    onChange(id);
    button.current?.focus();
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
    }
  };
  const onItemKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      e.preventDefault();
      items.current[(i + step + tabs.length) % tabs.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="tabs-more-wrap" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="tab tabs-more"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`More ${label.toLowerCase()}: ${tabs.length}`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKey}
      >
        {tabs.length} more <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="tabs-more-menu" role="menu" id={menuId} aria-label={`More ${label.toLowerCase()}`}>
          {tabs.map((tab, i) => (
            <button
              key={tab.id}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="tabs-more-item"
              onClick={() => pick(tab.id)}
              onKeyDown={(e) => onItemKey(e, i)}
            >
              <TabLabel tab={tab} />
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
