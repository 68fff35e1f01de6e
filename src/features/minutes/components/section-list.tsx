import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { renderMarkdown } from "../markdown";
import { PROSE } from "./prose";
import type { MinutesOfMeeting } from "../queries";
import { sectionHeading } from "../rules";
import { RemoveSectionForm } from "./minutes-forms";

type Props = {
  sections: MinutesOfMeeting["sections"];
  editBase: string | null;
  associationId: string;
  meetingId: string;
};

/** The minutes as written, section by section; editors get a link per section. */
export async function SectionList({ sections, editBase, associationId, meetingId }: Props) {
  const t = await getTranslations("minutes");
  return (
    <div className="card">
      {sections.map((section) => (
        <section key={section.id} id={`section-${section.id}`} aria-labelledby={`heading-${section.id}`} className="mb-6">
          <div className="flex flex-wrap items-baseline gap-3">
            <h2 id={`heading-${section.id}`} style={{ marginLeft: `${Math.max(0, (section.number?.split(".").length ?? 1) - 1) * 1.25}rem` }}>
              {sectionHeading(section)}
            </h2>
            <span className="badge">{t(`visibility.${section.visibility}`)}</span>
            {editBase ? (
              <Link href={`${editBase}/sections/${section.id}`} aria-label={t("editSection", { section: sectionHeading(section) })}>
                {t("edit")}
              </Link>
            ) : null}
          </div>
          {section.body.trim() ? (
            <div className={PROSE} dangerouslySetInnerHTML={{ __html: renderMarkdown(section.body) }} />
          ) : (
            <p className="muted text-sm">{t("noText")}</p>
          )}
          {editBase && section.kind === "FREE" ? <RemoveSectionForm associationId={associationId} meetingId={meetingId} sectionId={section.id} title={section.title} /> : null}
        </section>
      ))}
    </div>
  );
}
