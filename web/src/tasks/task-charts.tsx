// Loaded with React.lazy: ECharts stays out of the main bundle until a task is shown.
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { formatDate } from "../lib/format";
import type { TaskView } from "./tasks-api";

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

const FONT = 13;
const STATUS_COLOR: Record<string, string> = {
  done: "#087f5b",
  overdue: "#a61e1e",
  in_progress: "#1864ab",
  not_started: "#495057",
  paused: "#e67700",
};

/** Each unit's latest percentage, as horizontal bars coloured by the unit's status. */
export const UnitBars = ({ task, title }: { task: TaskView; title: string }) => {
  const rows = [...task.assignments].reverse();
  const option = {
    aria: { enabled: true, label: { description: title } },
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: "item", valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: "value", max: 100, axisLabel: { fontSize: FONT, formatter: "{value}%" } },
    yAxis: {
      type: "category",
      data: rows.map((a) => a.unit.name.replace(/^Ban Tuyên giáo (Thành ủy |Thị ủy )?/u, "")),
      axisLabel: { fontSize: FONT, width: 110, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        data: rows.map((a) => ({ value: a.percent ?? 0, itemStyle: { color: STATUS_COLOR[a.status] } })),
        label: { show: true, position: "right", fontSize: FONT, formatter: "{c}%" },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: 40 + rows.length * 36, width: "100%" }}
      opts={{ renderer: "svg" }}
    />
  );
};

/** Each unit's reported percentage over time, one line per unit. */
export const ProgressLines = ({ task, title }: { task: TaskView; title: string }) => {
  const dates = [...new Set(task.reports.map((r) => r.reportedOn))].sort();
  const series = task.assignments.map((a) => {
    let last: number | null = null;
    const data = dates.map((d) => {
      const report = task.reports
        .filter((r) => r.unitId === a.unit.id && r.reportedOn <= d)
        .sort((x, y) => x.reportedOn.localeCompare(y.reportedOn))
        .pop();
      last = report ? report.percent : last;
      return last;
    });
    return {
      type: "line",
      name: a.unit.name.replace(/^Ban Tuyên giáo (Thành ủy |Thị ủy )?/u, ""),
      data,
      connectNulls: true,
    };
  });
  const option = {
    aria: { enabled: true, label: { description: title } },
    grid: { left: 8, right: 16, top: 56, bottom: 24, containLabel: true },
    legend: { top: 0, type: "scroll", textStyle: { fontSize: FONT } },
    tooltip: { trigger: "axis", valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: "category", data: dates.map(formatDate), axisLabel: { fontSize: FONT } },
    yAxis: { type: "value", max: 100, axisLabel: { fontSize: FONT, formatter: "{value}%" } },
    series,
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: 300, width: "100%" }}
      opts={{ renderer: "svg" }}
    />
  );
};
