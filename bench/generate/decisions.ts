// STUB — the decisions table does not exist on main yet (issue: actions, decisions, groups).
// When merged, fill `tables` and `generate`: one decision per DECISION agenda item of each held
// meeting (`plan.meetings[i].agenda`): text, outcome (mostly adopted, some rejected or
// postponed), votes for/against/abstain consistent with the attendance (members who had left
// before the item do not vote), sometimes an amount with the budget line it commits. The
// register search must stay fast over ten years of them (about 300 per association).
import type { GeneratorModule } from "./context.ts";

export const decisionsModule: GeneratorModule = {
  name: "decisions",
  tables: [],
  generate() {},
};
