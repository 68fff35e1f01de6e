import { getTranslations } from "next-intl/server";
import type { SectionDiff } from "../diff";

/** Changes shown with markers and words, not colour alone: "+"/"added", "-"/"removed". */
export async function RevisionDiff({ sections }: { sections: SectionDiff[] }) {
  const t = await getTranslations("minutes.revisions");
  const changed = sections.filter((s) => s.status !== "same");
  if (!changed.length) return <p>{t("same")}</p>;
  return (
    <div>
      <p className="muted text-sm">{t("legend")}</p>
      {changed.map((section) => (
        <section key={section.sectionId} className="card" aria-label={section.heading}>
          <h3 style={{ marginTop: 0 }}>
            {section.heading} <span className="badge">{t(`status.${section.status}`)}</span>
          </h3>
          <div className="font-mono text-sm" role="list">
            {section.lines.map((line, index) => (
              <div
                key={index}
                role="listitem"
                className="whitespace-pre-wrap"
                style={{ background: line.kind === "added" ? "#e8f5ec" : line.kind === "removed" ? "#fdecec" : undefined }}
              >
                <span aria-hidden="true">{line.kind === "added" ? "+ " : line.kind === "removed" ? "- " : "  "}</span>
                {line.kind !== "same" ? <span className="sr-only">{line.kind === "added" ? t("addedLabel") : t("removedLabel")} </span> : null}
                {line.parts.map((part, i) =>
                  part.kind === "added" ? (
                    <ins key={i} style={{ fontWeight: 700 }}>
                      {part.text}
                    </ins>
                  ) : part.kind === "removed" ? (
                    <del key={i} style={{ fontWeight: 700 }}>
                      {part.text}
                    </del>
                  ) : (
                    <span key={i}>{part.text}</span>
                  ),
                )}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
