// Two measures of different size over the same time, as panels stacked on one time axis, each with its
// own y scale starting where its numbers say. Replaces charts with a second y axis, where the reader
// cannot tell which line belongs to which scale and a crossing of lines means nothing.
import type { ComponentProps, ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisProps, gridProps, legendProps, tooltipProps } from './kit';
import type { ChartPalette } from './palette';
import './charts.css';

/** The height of the time axis under the last panel. */
const X_AXIS_PX = 30;

export interface AlignedPanel {
  key: string;
  /** One recharts series (<Bar>, <Line>) drawn in this panel. */
  series: ReactNode;
  tickFormatter?: (value: number) => string;
  allowDecimals?: boolean;
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
                {/* The same width in every panel, so their plots line up on the time axis. */}
                <YAxis
                  {...axis}
                  tickFormatter={panel.tickFormatter}
                  allowDecimals={panel.allowDecimals ?? false}
                  width={52}
                />
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
