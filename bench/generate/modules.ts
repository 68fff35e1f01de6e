// The generator modules, in the order they run (a module may read what earlier ones planned).
// A feature plugs in here: write bench/generate/<feature>.ts exporting a GeneratorModule
// (see context.ts) and list it below, before `auditModule`.
import { actionsModule } from "./actions.ts";
import { auditModule } from "./audit.ts";
import { budgetModule } from "./budget.ts";
import type { GeneratorModule } from "./context.ts";
import { decisionsModule } from "./decisions.ts";
import { groupsModule } from "./groups.ts";
import { meetingsModule } from "./meetings.ts";
import { minutesModule } from "./minutes.ts";
import { peopleModule } from "./people.ts";

export const MODULES: readonly GeneratorModule[] = [
  peopleModule,
  meetingsModule,
  minutesModule, // stub until the minutes tables are merged
  decisionsModule, // stub
  actionsModule, // stub
  groupsModule, // stub
  budgetModule, // stub
  auditModule,
];
