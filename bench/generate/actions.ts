// STUB — the actions table does not exist on main yet (issue: actions, decisions, groups).
// When merged, fill `tables` and `generate`, reading `plan.meetings`:
// - 2–5 actions per held board meeting, from its agenda items (origin meeting and item), assigned
//   to a board member (sometimes a free-text name, ~5 % to nobody: "Attribué à ?"), due dates
//   one to three months later; statuses: old ones mostly done or cancelled, recent ones open or
//   in progress, some overdue; updates recorded at later meetings;
// - the audit events in `plan.audit`.
import type { GeneratorModule } from "./context.ts";

export const actionsModule: GeneratorModule = {
  name: "actions",
  tables: [],
  generate() {},
};
