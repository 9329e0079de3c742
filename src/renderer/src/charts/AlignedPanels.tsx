// Two counts of different size over the same time, as panels stacked on one time axis, each with its
// own y scale from 0 on round ticks (its bars and weekly counts are read from nothing). Replaces charts
// with a second y axis, where the reader cannot tell which line belongs to which scale and a crossing of
// lines means nothing.
import { isValidElement, type ComponentProps, type ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { valueExtent, withZero } from './countScale';
import { axisProps, countAxisProps, gridProps, legendProps, tooltipProps } from './kit';
import type { ChartPalette } from './palette';
import './charts.css';

/** The height of the time axis under the last panel. */
const X_AXIS_PX = 30;

export interface AlignedPanel {
  key: string;
  /** One recharts series (<Bar>, <Line>) of counts drawn in this panel; its dataKey gives the panel's scale. */
  series: ReactNode;
}

/** The values a panel draws, read from its series' own dataKey so the key is written once. */
function panelExtent(data: readonly object[], panel: AlignedPanel) {
  const props: unknown = isValidElement(panel.series) ? panel.series.props : null;
  const dataKey = (props as { dataKey?: unknown } | null)?.dataKey;
  return withZero(typeof dataKey === 'string' ? valueExtent(data, [dataKey]) : null);
}

export function AlignedPanels({
  data,
  syncId,
  palette,
  xAxis,
  panels,
  tooltip,
}: {
  data: readonly object[];
  /** Links the panels' tooltips and hover: pointing at a week shows it in every panel. */
  syncId: string;
  palette: ChartPalette;
  /** The shared time axis (dataKey, ticks); drawn under the last panel only. */
  xAxis: ComponentProps<typeof XAxis>;
  panels: AlignedPanel[];
  tooltip?: ComponentProps<typeof Tooltip>;
}) {
  const axis = axisProps(palette);
  return (
    <div className="aligned-panels">
      {panels.map((panel, i) => {
        const last = i === panels.length - 1;
        return (
          // Equal plot heights: the last panel is taller by the time axis drawn under it.
          <div
            key={panel.key}
            style={{
              height: `calc((100% - ${X_AXIS_PX}px) / ${panels.length}${last ? ` + ${X_AXIS_PX}px` : ''})`,
            }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart
                data={[...data]}
                syncId={syncId}
                margin={{ top: 8, right: 24, bottom: 0, left: 0 }}
              >
                <CartesianGrid {...gridProps(palette)} />
                <XAxis {...axis} {...xAxis} hide={!last} />
                {/* Round ticks in one number style per panel; the kit's axis width in every panel, so
                    their plots line up on the time axis. */}
                <YAxis {...countAxisProps(palette, panelExtent(data, panel))} />
                <Tooltip {...tooltipProps(palette)} {...tooltip} />
                <Legend {...legendProps(palette)} />
                {panel.series}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        );
      })}
    </div>
  );
}
