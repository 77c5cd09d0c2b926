import type { EChartsOption } from 'echarts';
import { CHART_COLORS } from '../../theme';

const FONT = { fontFamily: 'inherit' };

/** Horizontal bars, one per delegation, largest at the top. */
export function barOption(rows: { name: string; count: number }[], seriesName: string): EChartsOption {
  const sorted = [...rows].sort((a, b) => a.count - b.count);
  return {
    color: CHART_COLORS,
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eee' } } },
    yAxis: { type: 'category', data: sorted.map((r) => r.name), axisTick: { show: false } },
    series: [
      {
        name: seriesName,
        type: 'bar',
        data: sorted.map((r) => r.count),
        barMaxWidth: 18,
        label: { show: true, position: 'right', color: '#555' },
      },
    ],
  };
}

/** A ring chart of labelled counts. */
export function pieOption(slices: { name: string; value: number }[], seriesName: string): EChartsOption {
  return {
    color: CHART_COLORS,
    textStyle: FONT,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        name: seriesName,
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        data: slices.filter((s) => s.value > 0),
      },
    ],
  };
}
