import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

type Props = {
  slug?: string;
  timezone?: string;
  meeting?: { id: string; title: string; startsAt: Date; place: string | null };
  title: string;
  badge?: ReactNode;
};

/** The top of a minutes page, under the meeting layout's title and tabs. */
export async function MeetingHeading({ title, badge }: Props) {
  return (
    <header className="mb-4">
      <h2 style={{ marginTop: 0 }}>
        {title} {badge}
      </h2>
    </header>
  );
}

const PHASE_CLASS = { NONE: "badge", DRAFT: "badge", UNDER_REVIEW: "badge badge-alert", APPROVED: "badge badge-ok", CONTESTED: "badge badge-alert" } as const;

export async function PhaseBadge({ phase }: { phase: keyof typeof PHASE_CLASS }) {
  const t = await getTranslations("minutes.phase");
  return <span className={PHASE_CLASS[phase]}>{t(phase)}</span>;
}
