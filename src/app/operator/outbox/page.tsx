import { getFormatter, getTranslations } from "next-intl/server";
import { requireOperator } from "@/features/auth/session";
import { Link } from "@/components/link";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/fields";
import { retryEmailAction } from "@/features/notifications/actions";
import { outboxEmails, OUTBOX_PAGE_SIZE } from "@/features/notifications/queries";
import { outboxFilterSchema } from "@/features/notifications/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  await requireOperator("/operator/outbox");
  const filter = outboxFilterSchema.parse(await searchParams);
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const { emails, total } = await outboxEmails(filter);
  const smtp = Boolean(process.env.SMTP_URL);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className={smtp ? "muted" : "notice notice-warn"}>{smtp ? t("smtpOn") : t("smtpOff")}</p>
      <nav aria-label={t("filter")} className="mb-4 flex gap-3">
        <Link href="/operator/outbox" aria-current={!filter.status ? "page" : undefined}>
          {t("all")}
        </Link>
        {(["PENDING", "SENT", "FAILED"] as const).map((status) => (
          <Link key={status} href={`/operator/outbox?status=${status}`} aria-current={filter.status === status ? "page" : undefined}>
            {t(`status.${status}`)}
          </Link>
        ))}
      </nav>
      <p className="muted">{t("count", { count: total })}</p>
      {emails.map((email) => (
        <article key={email.id} className="card" aria-label={email.subject}>
          <h2 style={{ marginTop: 0 }}>{email.subject}</h2>
          <p className="muted">
            {t("to")} {email.toEmail} · {email.association?.name ?? t("instance")} · {format.dateTime(email.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
            <span className={email.status === "FAILED" ? "badge badge-alert" : email.status === "SENT" ? "badge badge-ok" : "badge"}>{t(`status.${email.status}`)}</span>
          </p>
          {email.lastError ? <p className="notice notice-error">{email.lastError}</p> : null}
          <pre className="whitespace-pre-wrap text-sm">{email.text}</pre>
          {email.status === "FAILED" ? (
            <ActionForm action={retryEmailAction} label={t("retry")}>
              <input type="hidden" name="id" value={email.id} />
              <SubmitButton variant="secondary">{t("retry")}</SubmitButton>
            </ActionForm>
          ) : null}
        </article>
      ))}
      <nav aria-label={t("pages")} className="flex gap-4">
        {filter.page > 1 ? <Link href={`?${new URLSearchParams({ ...(filter.status ? { status: filter.status } : {}), page: String(filter.page - 1) })}`}>{t("newer")}</Link> : null}
        {filter.page * OUTBOX_PAGE_SIZE < total ? (
          <Link href={`?${new URLSearchParams({ ...(filter.status ? { status: filter.status } : {}), page: String(filter.page + 1) })}`}>{t("older")}</Link>
        ) : null}
      </nav>
    </>
  );
}
