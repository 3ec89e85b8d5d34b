// Loaded with React.lazy: ECharts stays out of the main bundle until a ranking is shown.
import { BarChart, HeatmapChart } from "echarts/charts";
import { AriaComponent, GridComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useTranslation } from "react-i18next";
import { formatScore } from "../lib/format";
import { signedScore } from "./phone-charts";
import type { MatrixResponse, RankingRow } from "./ranking-api";

echarts.use([
  BarChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  AriaComponent,
  SVGRenderer,
]);

type TooltipParam = { name?: string; value?: unknown; data?: unknown };
const FONT = 14;

type BarProps = { rows: RankingRow[]; maxPoints: number; title: string };

/** Totals as horizontal bars, rank 1 at the top; units proposed as leading unit in dark red. */
export const TotalsBarChart = ({ rows, maxPoints, title }: BarProps) => {
  const { t } = useTranslation();
  const ordered = [...rows].reverse();
  const top = Math.max(maxPoints, ...rows.map((r) => r.total));
  const option = {
    aria: { enabled: true, label: { description: title } },
    grid: { left: 8, right: 64, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: "item",
      formatter: (p: TooltipParam) =>
        `${p.name ?? ""}: ${t("common.points", { n: formatScore(Number(p.value)), count: Number(p.value) })}`,
    },
    xAxis: {
      type: "value",
      max: Math.ceil(top),
      axisLabel: { fontSize: FONT, formatter: (v: number) => formatScore(v) },
    },
    yAxis: {
      type: "category",
      data: ordered.map((r) => `${r.rank}. ${r.name}`),
      axisLabel: { fontSize: FONT, width: 280, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        data: ordered.map((r) => ({
          value: r.total,
          itemStyle: { color: r.eligibleForLeading ? "#a61e1e" : "#1864ab" },
        })),
        label: {
          show: true,
          position: "right",
          fontSize: FONT,
          fontWeight: "bold",
          formatter: (p: TooltipParam) => formatScore(Number(p.value)),
        },
        barMaxWidth: 36,
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      opts={{ renderer: "svg" }}
      style={{ height: Math.max(220, rows.length * 48 + 40) }}
    />
  );
};

type HeatProps = { matrix: MatrixResponse; level: "groups" | "criteria"; title: string };

/** Units × criteria: each cell's score, coloured by its share of the criterion's maximum. */
export const CriteriaHeatMap = ({ matrix, level, title }: HeatProps) => {
  const { t } = useTranslation();
  const criteria = matrix.criteria.filter((c) => (level === "groups" ? c.depth === 0 : c.method !== "group"));
  const units = matrix.units;
  const data = units.flatMap((u, y) =>
    criteria.map((c, x) => {
      const score = matrix.scores[u.unit]?.[c.code] ?? 0;
      const share = c.max ? score / c.max : 0;
      return { value: [x, y, c.kind === "penalty" ? -share : share], score };
    }),
  );
  const option = {
    aria: { enabled: true, label: { description: title } },
    grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
    tooltip: {
      formatter: (p: TooltipParam) => {
        const d = p.data as { value: [number, number, number]; score: number };
        const c = criteria[d.value[0]];
        const u = units[d.value[1]];
        if (!c || !u) return "";
        const max = c.max === null ? "" : ` / ${formatScore(c.max)}`;
        return `${u.name}<br/>${c.code}. ${c.title}<br/><b>${signedScore(d.score, c.kind)}${max}</b>`;
      },
    },
    xAxis: {
      type: "category",
      data: criteria.map((c) => c.code),
      axisLabel: { fontSize: FONT, interval: 0, rotate: criteria.length > 12 ? 45 : 0 },
    },
    yAxis: {
      type: "category",
      data: units.map((u) => `${u.rank}. ${u.name}`),
      inverse: true,
      axisLabel: { fontSize: FONT, width: 260, overflow: "truncate" },
    },
    visualMap: {
      min: -1,
      max: 1,
      show: true,
      orient: "horizontal",
      left: "center",
      bottom: 0,
      calculable: false,
      text: [t("ranking.heatFull"), t("ranking.heatPenalty")],
      inRange: { color: ["#ff8787", "#ffe3e3", "#f8f9fa", "#d0ebff", "#4dabf7"] },
    },
    series: [
      {
        type: "heatmap",
        data,
        label: {
          show: true,
          fontSize: 13,
          color: "#212529",
          formatter: (p: TooltipParam) => {
            const d = p.data as { value: [number, number, number]; score: number };
            return signedScore(d.score, criteria[d.value[0]]?.kind);
          },
        },
        itemStyle: { borderColor: "#fff", borderWidth: 1 },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      opts={{ renderer: "svg" }}
      style={{ height: Math.max(260, units.length * 52 + 110) }}
    />
  );
};
