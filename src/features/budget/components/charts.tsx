// Charts drawn on the server as SVG: no JavaScript, a title and a description for screen
// readers, and the same figures in a table next to each chart.
import type { Cents } from "@/lib/money";
import type { Money } from "./format";

const BRAND = "#1d4f91";
const BRAND_LIGHT = "#dbe6f4";
const SECOND = "#8a4b00";
const INK = "#1f2933";
const MUTED = "#52606d";
const LINE = "#d9dee3";

type Described = { id: string; title: string; description: string };

function Frame({ id, title, description, width, height, children }: Described & { width: number; height: number; children: React.ReactNode }) {
  return (
    <figure className="chart">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} xmlns="http://www.w3.org/2000/svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
    </figure>
  );
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export type PairRow = { key: string; label: string; first: Cents; second: Cents };

/**
 * Two bars per row: the first outlined (what was forecast), the second filled (what happened).
 * Used for forecast against actual per line, and for income against expenses.
 */
export function PairedBarChart({
  id,
  title,
  description,
  rows,
  firstLabel,
  secondLabel,
  money,
  secondColor = BRAND,
  overrunAlert = true,
}: Described & { rows: PairRow[]; firstLabel: string; secondLabel: string; money: Money; secondColor?: string; overrunAlert?: boolean }) {
  const width = 720;
  const labelWidth = 210;
  const valueWidth = 130;
  const barArea = width - labelWidth - valueWidth;
  const rowHeight = 46;
  const top = 34;
  const height = top + rows.length * rowHeight + 8;
  const max = Math.max(1, ...rows.flatMap((r) => [r.first, r.second]));
  const scale = (cents: Cents) => Math.max(0, (cents / max) * barArea);
  return (
    <Frame id={id} title={title} description={description} width={width} height={height}>
      <g fontSize="13" fill={INK}>
        <rect x={labelWidth} y={6} width={14} height={12} fill={BRAND_LIGHT} stroke={BRAND} />
        <text x={labelWidth + 20} y={16}>
          {firstLabel}
        </text>
        <rect x={labelWidth + 160} y={6} width={14} height={12} fill={secondColor} />
        <text x={labelWidth + 180} y={16}>
          {secondLabel}
        </text>
      </g>
      {rows.map((row, index) => {
        const y = top + index * rowHeight;
        // More spent than forecast stands out; more received than forecast is no alarm.
        const overrun = overrunAlert && row.second > row.first && row.first > 0;
        return (
          <g key={row.key}>
            <text x={0} y={y + 20} fontSize="13" fill={INK}>
              <title>{row.label}</title>
              {shorten(row.label, 28)}
            </text>
            <rect x={labelWidth} y={y + 4} width={scale(row.first)} height={15} fill={BRAND_LIGHT} stroke={BRAND} />
            <rect x={labelWidth} y={y + 22} width={scale(row.second)} height={15} fill={overrun ? "#a61b1b" : secondColor} />
            <text x={width - valueWidth + 8} y={y + 16} fontSize="12" fill={MUTED}>
              {money(row.first)}
            </text>
            <text x={width - valueWidth + 8} y={y + 34} fontSize="12" fill={overrun ? "#a61b1b" : INK} fontWeight={overrun ? 700 : 400}>
              {money(row.second)}
            </text>
            <line x1={labelWidth} x2={labelWidth} y1={y} y2={y + rowHeight - 4} stroke={LINE} />
          </g>
        );
      })}
    </Frame>
  );
}

export const INCOME_COLOR = SECOND;

export type TrendPoint = { key: string; on: string; label: string; balanceCents: Cents };

/** The bank balance over time: a line through the snapshots, zero marked when crossed. */
export function TrendChart({ id, title, description, points, money }: Described & { points: TrendPoint[]; money: Money }) {
  const width = 720;
  const height = 260;
  const left = 110;
  const right = 20;
  const top = 20;
  const bottom = 40;
  const times = points.map((p) => Date.parse(`${p.on}T00:00:00Z`));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const values = points.map((p) => p.balanceCents);
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const x = (t: number) => (t1 === t0 ? left + (width - left - right) / 2 : left + ((t - t0) / (t1 - t0)) * (width - left - right));
  const y = (v: Cents) => top + ((high - v) / (high - low)) * (height - top - bottom);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(times[i]).toFixed(1)},${y(p.balanceCents).toFixed(1)}`).join(" ");
  return (
    <Frame id={id} title={title} description={description} width={width} height={height}>
      <g fontSize="12" fill={MUTED}>
        <line x1={left} x2={width - right} y1={y(high)} y2={y(high)} stroke={LINE} />
        <text x={left - 8} y={y(high) + 4} textAnchor="end">
          {money(high)}
        </text>
        <line x1={left} x2={width - right} y1={y(0)} y2={y(0)} stroke={low < 0 ? "#a61b1b" : MUTED} strokeDasharray={low < 0 ? "4 3" : undefined} />
        <text x={left - 8} y={y(0) + 4} textAnchor="end">
          {money(0)}
        </text>
        {low < 0 ? (
          <text x={left - 8} y={y(low) + 4} textAnchor="end">
            {money(low)}
          </text>
        ) : null}
        {points.length ? (
          <>
            <text x={x(t0)} y={height - 12} textAnchor={t1 === t0 ? "middle" : "start"}>
              {points[0].label}
            </text>
            {t1 !== t0 ? (
              <text x={x(t1)} y={height - 12} textAnchor="end">
                {points.at(-1)!.label}
              </text>
            ) : null}
          </>
        ) : null}
      </g>
      <path d={path} fill="none" stroke={BRAND} strokeWidth={2.5} />
      {points.map((p, i) => (
        <circle key={p.key} cx={x(times[i])} cy={y(p.balanceCents)} r={4.5} fill={p.balanceCents < 0 ? "#a61b1b" : BRAND}>
          <title>{`${p.label} – ${money(p.balanceCents)}`}</title>
        </circle>
      ))}
    </Frame>
  );
}
