import { BarChart as EChartsBar } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import { BAR_COLOUR } from "../graph/kind-style.js";

echarts.use([EChartsBar, GridComponent, TooltipComponent, SVGRenderer]);

export interface Bar {
  key: string;
  label: string;
  count: number;
}

const ACTIVE_COLOUR = "#b45309";
const ROW_HEIGHT = 26;

interface BarChartProps {
  title: string;
  bars: readonly Bar[];
  activeKey?: string;
  onSelect(key: string): void;
}

/**
 * A horizontal bar chart drawn by Apache ECharts; clicking a bar (or its row in
 * the table under it, from the keyboard) selects it.
 */
export function BarChart({ title, bars, activeKey, onSelect }: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const keys = useRef<readonly Bar[]>(bars);
  keys.current = bars;

  useEffect(() => {
    const chart = echarts.init(box.current!, undefined, { renderer: "svg" });
    chart.on("click", (params) => {
      const bar = keys.current[params.dataIndex];
      if (bar) select.current(bar.key);
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(box.current!);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    const chart = echarts.getInstanceByDom(box.current!);
    chart?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
        tooltip: { trigger: "item", formatter: (params: { name: string; value: number }) => `${params.name}: ${params.value} tasks` },
        xAxis: { type: "value", minInterval: 1, splitNumber: 4 },
        yAxis: {
          type: "category",
          inverse: true,
          data: bars.map((bar) => bar.label),
          axisLabel: { width: 220, overflow: "truncate" },
        },
        series: [
          {
            type: "bar",
            cursor: "pointer",
            barMaxWidth: 18,
            label: { show: true, position: "right" },
            data: bars.map((bar) => ({ value: bar.count, itemStyle: { color: bar.key === activeKey ? ACTIVE_COLOUR : BAR_COLOUR } })),
          },
        ],
      },
      true,
    );
    chart?.resize();
  }, [bars, activeKey]);

  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <div ref={box} className="bar-chart-canvas" style={{ height: `${bars.length * ROW_HEIGHT + 40}px` }} />
      <details>
        <summary>As a table</summary>
        <table>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <td>
                  <button type="button" aria-pressed={bar.key === activeKey} onClick={() => onSelect(bar.key)}>
                    {bar.label}
                  </button>
                </td>
                <td>{bar.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
