// STUB — the budget tables do not exist on main yet (issue: budget and treasury).
// When merged, fill `tables` and `generate`: one budget plan per fiscal year of history
// (adopted at the general assembly of `plan.assemblyDays`, the current year's perhaps still a
// draft), 10–25 expense and income lines each, 50–300 actual entries per year spread over the
// lines, a treasury snapshot per month; amounts in integer cents.
import type { GeneratorModule } from "./context.ts";

export const budgetModule: GeneratorModule = {
  name: "budget",
  tables: [],
  generate() {},
};
