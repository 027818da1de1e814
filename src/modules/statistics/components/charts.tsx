"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

// Charts for the statistics pages. Plain data in, nothing fetched: the page renders the same
// figures in a table right under each chart (and that table is what screen readers and people
// without JavaScript use), so the chart's own SVG is hidden from assistive technology.

const BRAND = "#0b7a6b";
const SUN = "#b7791f";

function numberFormat(locale: string, digits = 0) {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  return (v: unknown) => (typeof v === "number" ? f.format(v) : "");
}

/** Hours (bars, left axis) and active volunteers (line, right axis) month by month. */
export function TrendChart(props: {
  locale: string;
  data: { label: string; hours: number | null; volunteers: number | null }[];
  labels: { hours: string; volunteers: string };
}) {
  const fmt = numberFormat(props.locale);
  return (
    <div aria-hidden className="h-72 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={props.data} margin={{ top: 8, right: 4, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis yAxisId="hours" tickFormatter={fmt} tick={{ fontSize: 12 }} width={56} />
          <YAxis yAxisId="volunteers" orientation="right" tickFormatter={fmt} tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(v) => fmt(v)} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar
            yAxisId="hours"
            dataKey="hours"
            name={props.labels.hours}
            fill={BRAND}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
          <Line
            yAxisId="volunteers"
            dataKey="volunteers"
            name={props.labels.volunteers}
            stroke={SUN}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A category name on two lines at most, cut with "…" beyond; the table under the chart has it whole. */
function wrap(text: string, perLine: number, lines = 2): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= perLine) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out.map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${last.slice(0, perLine - 1)}…`;
  return kept;
}

function CategoryTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const lines = wrap(String(props.payload?.value ?? ""), 21);
  const x = Number(props.x ?? 0);
  return (
    <text x={x} y={Number(props.y ?? 0)} textAnchor="end" fontSize={11} fill="#334155">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? (lines.length === 1 ? 4 : -2) : 12}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** One horizontal bar per category (hours by direction). */
export function HorizontalBars(props: {
  locale: string;
  data: { label: string; value: number | null }[];
  valueLabel: string;
}) {
  const fmt = numberFormat(props.locale);
  const height = Math.max(160, props.data.length * 36 + 40);
  return (
    <div aria-hidden className="w-full min-w-0" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={props.data}
          layout="vertical"
          margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" tickFormatter={fmt} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={150} tick={CategoryTick} interval={0} />
          <Tooltip formatter={(v) => fmt(v)} />
          <Bar dataKey="value" name={props.valueLabel} fill={BRAND} radius={[0, 3, 3, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Hours per goal, direct and indirect stacked, in the goals' own colours (indirect lighter). */
export function SdgChart(props: {
  locale: string;
  data: { sdg: number; name: string; color: string; direct: number | null; indirect: number | null }[];
  labels: { direct: string; indirect: string };
}) {
  const fmt = numberFormat(props.locale);
  const data = props.data.map((d) => ({ ...d, label: String(d.sdg) }));
  return (
    <div aria-hidden className="w-full min-w-0" style={{ height: data.length * 26 + 60 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 12, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" tickFormatter={fmt} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={28} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(v) => fmt(v)}
            labelFormatter={(_, items) => (items?.[0]?.payload as { name?: string } | undefined)?.name ?? ""}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar dataKey="direct" stackId="h" name={props.labels.direct} fill="#334155" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.sdg} fill={d.color} />
            ))}
          </Bar>
          <Bar dataKey="indirect" stackId="h" name={props.labels.indirect} fill="#94a3b8" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.sdg} fill={d.color} fillOpacity={0.4} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
