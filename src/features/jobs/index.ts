import "server-only";
import { runApprovalJobs } from "@/features/approvals/outcome";
import { registerJob } from "@/features/notifications/worker";

// Periodic jobs of every feature register themselves with the worker from here.

// Minutes approval: reminders three days before the close, then the outcome (result e-mails,
// agenda item when contested). Idempotent; the pages derive the state without it.
registerJob({ queue: "minutes-approvals", cron: "*/5 * * * *", run: runApprovalJobs });
