// STUB — the working-group tables do not exist on main yet (issue: actions, decisions, groups).
// When merged, fill `tables` and `generate`: 3–6 working groups per association (names in
// names.ts GROUP_NAMES), their referents among the board, some closed over the years, and a
// follow-up note per active group on each held board meeting (the agenda already has a
// "Groupes de travail" section with WORKING_GROUP items to attach them to).
import type { GeneratorModule } from "./context.ts";

export const groupsModule: GeneratorModule = {
  name: "groups",
  tables: [],
  generate() {},
};
