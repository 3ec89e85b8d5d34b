// Loaded with the opinion page only: ECharts stays out of the main bundle.
import { BarChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useTranslation } from "react-i18next";
import type { OpinionList } from "./opinion-api";

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

const TONES = ["positive", "mixed", "concerned", "negative"] as const;
const COLORS = { positive: "#0b7a4b", mixed: "#b35c00", concerned: "#7048e8", negative: "#c92a2a" };

/** Reports per month by tone, one stacked bar per topic and month. */
export const OpinionTrendChart = ({ trend }: { trend: OpinionList["trend"] }) => {
  const { t } = useTranslation();
  const labels = trend.flatMap((topic) =>
    topic.months.map((m) => `${m.month.slice(5)}/${m.month.slice(0, 4)} · ${topic.topicTitle.slice(0, 28)}`),
  );
  const values = trend.flatMap((topic) => topic.months);
  const option = {
    aria: { enabled: true },
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: labels, axisLabel: { width: 220, overflow: "truncate" } },
    series: TONES.map((tone) => ({
      name: t(`reportsUi.opinion.tones.${tone}`),
      type: "bar",
      stack: "tone",
      itemStyle: { color: COLORS[tone] },
      data: values.map((m) => m[tone]),
    })),
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      opts={{ renderer: "svg" }}
      style={{ height: Math.max(220, 60 + labels.length * 40) }}
    />
  );
};
