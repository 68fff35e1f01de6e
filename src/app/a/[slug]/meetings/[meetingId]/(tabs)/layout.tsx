import { getFormatter, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { Link } from "@/components/link";
import type { ReactNode } from "react";
import { PATH_HEADER } from "@/features/auth/locale";
import { StatusBadge } from "@/features/meetings/components/meeting-list";
import { meetingAccess } from "@/features/meetings/context";
import { MEETING_TABS } from "./tabs";

/**
 * A meeting's heading and tabs, above each of its pages (the pages start at h2). Unknown meetings
 * are left to the page (404). The printable agenda lives outside this group, without tabs.
 */
export default async function MeetingLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  const { access } = await meetingAccess(slug, meetingId);
  if (!access) return children;
  const { association, actor, meeting } = access;
  const t = await getTranslations();
  const format = await getFormatter();
  const base = `/a/${association.slug}/meetings/${meeting.id}`;
  const path = (await headers()).get(PATH_HEADER) ?? "";
  const tabs = MEETING_TABS.filter((tab) => !tab.show || tab.show({ actor, meeting })).map((tab) => ({ ...tab, href: `${base}${tab.path}` }));
  const current = tabs.filter((tab) => path === tab.href || path.startsWith(`${tab.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <>
      <p className="no-print text-sm">
        <Link href={`/a/${association.slug}/meetings`}>{t("meetings.backToList")}</Link>
      </p>
      <header className="mb-4">
        <h1 className="mb-1">{meeting.title}</h1>
        <p className="muted">
          {t(`meetings.kinds.${meeting.kind}`)} · {format.dateTimeRange(meeting.startsAt, meeting.endsAt, { dateStyle: "full", timeStyle: "short", timeZone: association.timezone })}{" "}
          <StatusBadge status={meeting.status} />
        </p>
      </header>
      <nav aria-label={t("meetings.tabs.label")} className="no-print mb-4 flex flex-wrap gap-1 border-b" style={{ borderColor: "var(--color-line)" }}>
        {tabs.map((tab) => (
          <Link
            key={tab.key}
            href={tab.href}
            aria-current={tab === current ? "page" : undefined}
            className="rounded-t px-3 py-2 no-underline aria-[current=page]:border aria-[current=page]:border-b-0 aria-[current=page]:bg-white aria-[current=page]:font-semibold"
          >
            {t(tab.messageKey as "meetings.tabs.overview")}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}
