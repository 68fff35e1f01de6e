import { getTranslations } from "next-intl/server";
import type { PlanLine, PlanView } from "../queries";
import type { Balance, Figures, LineKind } from "../rules";
import { PairedBarChart, INCOME_COLOR } from "./charts";
import type { Money } from "./format";

type Props = { view: PlanView; money: Money; share: (bp: number | null) => string };

/** "Balanced", "Income exceeds expenses by 500,00 €", "Expenses exceed income by …", in words. */
export async function BalanceText({ balance, money, actual = false }: { balance: Balance; money: Money; actual?: boolean }) {
  const t = await getTranslations("budget.balance");
  const prefix = actual ? "actual" : "forecast";
  if (balance.kind === "BALANCED") return <>{t(`${prefix}Balanced`)}</>;
  return <>{t(`${prefix}${balance.kind === "SURPLUS" ? "Surplus" : "Deficit"}`, { amount: money(balance.amount) })}</>;
}

/** The balance of the plan as forecast, shown plainly: a warning when it is out of balance. */
export async function BalanceNotice({ view, money }: { view: PlanView; money: Money }) {
  const { forecastBalance, actualBalance } = view.figures;
  const t = await getTranslations("budget.balance");
  return (
    <div className={`notice ${forecastBalance.kind === "BALANCED" ? "notice-ok" : "notice-warn"}`} role="status">
      <strong>
        <BalanceText balance={forecastBalance} money={money} />
      </strong>
      {forecastBalance.kind !== "BALANCED" ? <span> {t("unbalancedHint")}</span> : null}
      <div className="text-sm">
        <BalanceText balance={actualBalance} money={money} actual />
      </div>
    </div>
  );
}

const over = (figures: Figures) => figures.shareSpent !== null && figures.shareSpent > 10_000;

async function KindTable({ kind, lines, view, money, share }: Props & { kind: LineKind; lines: PlanLine[] }) {
  const t = await getTranslations("budget.table");
  const figuresOf = new Map(view.figures.lines.map((l) => [l.id, l]));
  const total = kind === "EXPENSE" ? view.figures.expense : view.figures.income;
  const caption = kind === "EXPENSE" ? t("expenses") : t("income");
  return (
    <div className="card" style={{ overflowX: "auto" }}>
      <table className="figures">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("line")}</th>
            <th scope="col" className="text-right tabular-nums whitespace-nowrap">
              {t("forecast")}
            </th>
            <th scope="col" className="text-right tabular-nums whitespace-nowrap">
              {t("committed")}
            </th>
            <th scope="col" className="text-right tabular-nums whitespace-nowrap">
              {kind === "EXPENSE" ? t("actualSpent") : t("actualReceived")}
            </th>
            <th scope="col" className="text-right tabular-nums whitespace-nowrap">
              {t("remaining")}
            </th>
            <th scope="col" className="text-right tabular-nums whitespace-nowrap">
              {kind === "EXPENSE" ? t("shareSpent") : t("shareReceived")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.length === 0 ? (
            <tr>
              <td colSpan={6} className="muted">
                {t("noLines")}
              </td>
            </tr>
          ) : null}
          {lines.map((line) => {
            const f = figuresOf.get(line.id)!;
            return (
              <tr key={line.id}>
                <th scope="row" className="font-normal bg-transparent">
                  <span className="font-semibold">{line.label}</span>
                  {line.category ? <span className="badge ml-2">{line.category}</span> : null}
                  {line.remark ? <div className="muted text-sm">{line.remark}</div> : null}
                </th>
                <td className="text-right tabular-nums whitespace-nowrap">{money(f.forecast)}</td>
                <td className="text-right tabular-nums whitespace-nowrap">{f.committed ? money(f.committed) : "—"}</td>
                <td className="text-right tabular-nums whitespace-nowrap">{money(f.actual)}</td>
                <td className={`text-right tabular-nums whitespace-nowrap ${f.remaining < 0 && kind === "EXPENSE" ? "text-danger font-semibold" : ""}`}>{money(f.remaining)}</td>
                <td className="text-right tabular-nums whitespace-nowrap">
                  {share(f.shareSpent)}
                  {over(f) ? <span className={`badge ml-1 ${kind === "EXPENSE" ? "badge-alert" : "badge-ok"}`}>{kind === "EXPENSE" ? t("over") : t("aboveForecast")}</span> : null}
                  {f.shareSpent === null && f.actual !== 0 ? <span className="badge badge-alert ml-1">{t("unplanned")}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{kind === "EXPENSE" ? t("totalExpenses") : t("totalIncome")}</th>
            <td className="text-right tabular-nums whitespace-nowrap font-semibold">{money(total.forecast)}</td>
            <td className="text-right tabular-nums whitespace-nowrap font-semibold">{total.committed ? money(total.committed) : "—"}</td>
            <td className="text-right tabular-nums whitespace-nowrap font-semibold">{money(total.actual)}</td>
            <td className={`text-right tabular-nums whitespace-nowrap font-semibold ${total.remaining < 0 && kind === "EXPENSE" ? "text-danger" : ""}`}>{money(total.remaining)}</td>
            <td className="text-right tabular-nums whitespace-nowrap font-semibold">{share(total.shareSpent)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The plan as tables: expenses, then income, every figure per line and in total. */
export async function PlanTables(props: Props) {
  const expenses = props.view.lines.filter((l) => l.kind === "EXPENSE");
  const income = props.view.lines.filter((l) => l.kind === "INCOME");
  return (
    <>
      <KindTable {...props} kind="EXPENSE" lines={expenses} />
      <KindTable {...props} kind="INCOME" lines={income} />
    </>
  );
}

/** The plan as charts: forecast against actual per line, and income against expenses. */
export async function PlanCharts({ view, money }: Omit<Props, "share">) {
  const t = await getTranslations("budget.charts");
  const { figures } = view;
  const byKind = (kind: LineKind) =>
    view.lines
      .filter((l) => l.kind === kind)
      .map((l) => {
        const f = figures.lines.find((x) => x.id === l.id)!;
        return { key: l.id, label: l.label, first: f.forecast, second: f.actual };
      });
  const expenses = byKind("EXPENSE");
  const income = byKind("INCOME");
  const overspent = figures.lines.filter((l) => l.kind === "EXPENSE" && l.actual > l.forecast && l.forecast > 0).length;
  return (
    <div className="charts">
      <section className="card" aria-labelledby="chart-balance-heading">
        <h3 id="chart-balance-heading" style={{ marginTop: 0 }}>
          {t("incomeExpensesTitle")}
        </h3>
        <PairedBarChart
          id="chart-balance"
          title={t("incomeExpensesTitle")}
          description={t("incomeExpensesDescription", {
            incomeForecast: money(figures.income.forecast),
            expenseForecast: money(figures.expense.forecast),
            incomeActual: money(figures.income.actual),
            expenseActual: money(figures.expense.actual),
          })}
          rows={[
            { key: "forecast", label: t("forecast"), first: figures.income.forecast, second: figures.expense.forecast },
            { key: "actual", label: t("actual"), first: figures.income.actual, second: figures.expense.actual },
          ]}
          firstLabel={t("income")}
          secondLabel={t("expenses")}
          secondColor={INCOME_COLOR}
          money={money}
        />
      </section>
      {expenses.length ? (
        <section className="card" aria-labelledby="chart-expenses-heading">
          <h3 id="chart-expenses-heading" style={{ marginTop: 0 }}>
            {t("expensesTitle")}
          </h3>
          <PairedBarChart
            id="chart-expenses"
            title={t("expensesTitle")}
            description={t("perLineDescription", { count: expenses.length, over: overspent })}
            rows={expenses}
            firstLabel={t("forecast")}
            secondLabel={t("actual")}
            money={money}
          />
        </section>
      ) : null}
      {income.length ? (
        <section className="card" aria-labelledby="chart-income-heading">
          <h3 id="chart-income-heading" style={{ marginTop: 0 }}>
            {t("incomeTitle")}
          </h3>
          <PairedBarChart
            id="chart-income"
            title={t("incomeTitle")}
            description={t("perLineDescription", { count: income.length, over: 0 })}
            rows={income}
            firstLabel={t("forecast")}
            secondLabel={t("actual")}
            money={money}
            overrunAlert={false}
          />
        </section>
      ) : null}
    </div>
  );
}
