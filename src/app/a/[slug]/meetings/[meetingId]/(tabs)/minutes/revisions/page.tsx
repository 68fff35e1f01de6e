import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { approvalRights } from "@/features/approvals/rules";
import { associationContext } from "@/features/members/context";
import { MeetingHeading } from "@/features/minutes/components/meeting-heading";
import { RevisionDiff } from "@/features/minutes/components/revision-diff";
import { compareRevisions } from "@/features/minutes/diff";
import { meetingOf, revisionContents, revisionsOf } from "@/features/minutes/queries";
import { compareQuerySchema } from "@/features/minutes/schema";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("minutes.revisions"))("title") };
}

type Props = { params: Promise<{ slug: string; meetingId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { slug, meetingId } = await params;
  const { association, actor } = await associationContext(slug);
  if (!approvalRights.readDrafts(actor)) notFoundPage();
  const meeting = await meetingOf(association.id, meetingId);
  if (!meeting) notFoundPage();
  const t = await getTranslations("minutes.revisions");
  const format = await getFormatter();
  const revisions = await revisionsOf(association.id, meeting.id);
  const query = compareQuerySchema.parse(await searchParams);
  const latest = revisions[0]?.number ?? 0;
  const to = query.to && query.to <= latest ? query.to : latest;
  const from = query.from && query.from <= latest ? query.from : Math.max(1, to - 1);
  const contents = latest ? await revisionContents(association.id, meeting.id, [from, to]) : new Map();
  const options = revisions.map((r) => ({ value: r.number, label: `${r.number} — ${r.note}` }));
  return (
    <>
      <MeetingHeading slug={slug} timezone={association.timezone} meeting={meeting} title={t("title")} />
      <p>
        <Link href={`/a/${slug}/meetings/${meeting.id}/minutes`}>← {(await getTranslations("minutes.editor"))("back")}</Link>
      </p>
      {!revisions.length ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <div className="card" style={{ overflowX: "auto" }}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("number")}</th>
                  <th scope="col">{t("author")}</th>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("note")}</th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((r) => (
                  <tr key={r.number}>
                    <td>{r.number}</td>
                    <td>{r.author?.name ?? "?"}</td>
                    <td>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: association.timezone })}</td>
                    <td>
                      {r.note}
                      {r.reviewId ? <span className="badge ml-2">{t("amendment")}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t("compare")}</h2>
          {/* A plain GET form: works without JavaScript. */}
          <form method="get" className="inline-form card" aria-label={t("compare")}>
            <div className="field">
              <label htmlFor="from">{t("from")}</label>
              <select id="from" name="from" defaultValue={String(from)}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="to">{t("to")}</label>
              <select id="to" name="to" defaultValue={String(to)}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-secondary">
              {t("show")}
            </button>
          </form>
          <h3>{t("comparing", { from, to })}</h3>
          <RevisionDiff sections={compareRevisions(contents.get(from) ?? [], contents.get(to) ?? [])} />
        </>
      )}
    </>
  );
}
