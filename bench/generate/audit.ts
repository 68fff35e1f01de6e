// Last module: the audit events every module put in `plan.audit`, in time order, so that
// their ids (a sequence) follow time as they do in real use.
import type { GeneratorModule } from "./context.ts";

export const auditModule: GeneratorModule = {
  name: "audit",
  tables: ["AuditEvent"],
  generate(plan, out) {
    plan.audit.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const event of plan.audit) {
      out.add("AuditEvent", {
        associationId: plan.id,
        actorUserId: event.actorUserId,
        entity: event.entity,
        entityId: event.entityId,
        action: event.action,
        before: event.before ?? null,
        after: event.after ?? null,
        at: event.at,
      });
    }
  },
};
