import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { notFoundPage } from "@/lib/not-found";
import { auditTrail } from "@/features/associations/queries";
import { associationContext } from "@/features/members/context";
import { can } from "@/features/members/rules";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }) {
  const { association, actor } = await associationContext((await params).slug);
  if (!can.readAudit(actor)) notFoundPage();
  const page = Math.max(1, Math.min(10_000, Number((await searchParams).page) || 1));
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const events = await auditTrail(association.id, page);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <div className="card" style={{ overflowX: "auto" }}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("details")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={String(event.id)}>
                <td>{format.dateTime(event.at, { dateStyle: "short", timeStyle: "medium", timeZone: association.timezone })}</td>
                <td>
                  <code>{event.action}</code> · {event.entity}
                </td>
                <td>
                  <details>
                    <summary>{t("show")}</summary>
                    <pre className="text-xs whitespace-pre-wrap">{JSON.stringify({ before: event.before, after: event.after, actor: event.actorUserId }, null, 1)}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("pages")} className="flex gap-4">
        {page > 1 ? <Link href={`?page=${page - 1}`}>{t("newer")}</Link> : null}
        {events.length === 50 ? <Link href={`?page=${page + 1}`}>{t("older")}</Link> : null}
      </nav>
    </>
  );
}
