// One tab of a tab strip and how its label reads, on the strip and in its More menu alike.

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
  /** A number that goes with the label (how many rows the tab lists), shown smaller after it. */
  count?: string;
}

/** A tab's label and its count, the count set apart in small type rather than in brackets. */
export function TabLabel({ tab }: { tab: TabItem<string> }) {
  return (
    <>
      {tab.label}
      {/* A real space, so the tab's accessible name reads "Mutuals 341". */}
      {tab.count !== undefined && (
        <>
          {' '}
          <span className="tab-count">{tab.count}</span>
        </>
      )}
    </>
  );
}
