import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  slug: string;
  timezone: string;
  meeting: { id: string; title: string; startsAt: Date; place: string | null };
  title: string;
  badge?: ReactNode;
};

/** Every minutes page starts with its meeting, and a way back to it. */
export async function MeetingHeading({ slug, timezone, meeting, title, badge }: Props) {
  const t = await getTranslations("minutes");
  const format = await getFormatter();
  return (
    <header className="mb-4">
      <p className="muted text-sm">
        <Link href={`/a/${slug}/meetings/${meeting.id}`}>← {t("backToMeeting")}</Link>
      </p>
      <h1>
        {title} {badge}
      </h1>
      <p className="muted">
        {meeting.title} · {format.dateTime(meeting.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: timezone })}
        {meeting.place ? ` · ${meeting.place}` : ""}
      </p>
    </header>
  );
}

const PHASE_CLASS = { NONE: "badge", DRAFT: "badge", UNDER_REVIEW: "badge badge-alert", APPROVED: "badge badge-ok", CONTESTED: "badge badge-alert" } as const;

export async function PhaseBadge({ phase }: { phase: keyof typeof PHASE_CLASS }) {
  const t = await getTranslations("minutes.phase");
  return <span className={PHASE_CLASS[phase]}>{t(phase)}</span>;
}
