// STUB — the minutes tables do not exist on main yet (issue: minutes and approvals).
// When they are merged, fill `tables` and `generate`, reading `plan.meetings`:
// - per held meeting: minutes text as 1–4 numbered revisions (author: the facilitator or
//   secretary; change notes; each revision's text a few KB, from the agenda titles);
// - a review (approval window) opened on the last revision a few days after the meeting,
//   closing after the association's window; the electorate = `boardOn(plan, meeting.day)` voters;
// - approval answers per elector: most approve, some "approve with reservation" or "object"
//   (with a note), some silent (tacit), a few changed (earlier answers kept in history); ~3 % of
//   reviews contested; the last meeting's review still open (some answers pending);
// - the audit events of each step in `plan.audit`.
import type { GeneratorModule } from "./context.ts";

export const minutesModule: GeneratorModule = {
  name: "minutes",
  tables: [],
  generate() {},
};
