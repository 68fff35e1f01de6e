// A readable comparison of two revisions: section by section, line by line, with words
// marked inside changed lines. Pure (the `diff` library only).
import { diffLines, diffWordsWithSpace } from "diff";
import { sectionHeading, type RevisionSection } from "./rules";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type DiffLine = { kind: "same" | "added" | "removed"; parts: DiffPart[] };
export type SectionDiff = { sectionId: string; heading: string; status: "added" | "removed" | "changed" | "same"; lines: DiffLine[] };

const lines = (value: string) => value.replace(/\n$/, "").split("\n");

/** Lines that changed; a removed line followed by an added one shows its changed words. */
export function diffText(before: string, after: string): DiffLine[] {
  if (!before.trim()) return lines(after).map((text) => ({ kind: "added", parts: [{ kind: "added", text }] }));
  if (!after.trim()) return lines(before).map((text) => ({ kind: "removed", parts: [{ kind: "removed", text }] }));
  const out: DiffLine[] = [];
  const chunks = diffLines(before.trimEnd() + "\n", after.trimEnd() + "\n");
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    const next = chunks[i + 1];
    if (chunk.removed && next?.added) {
      const old = lines(chunk.value);
      const neu = lines(next.value);
      if (old.length === neu.length) {
        old.forEach((line, index) => {
          const words = diffWordsWithSpace(line, neu[index]);
          out.push({ kind: "removed", parts: words.filter((w) => !w.added).map((w) => ({ kind: w.removed ? "removed" : "same", text: w.value })) });
          out.push({ kind: "added", parts: words.filter((w) => !w.removed).map((w) => ({ kind: w.added ? "added" : "same", text: w.value })) });
        });
        i++;
        continue;
      }
    }
    const kind = chunk.added ? "added" : chunk.removed ? "removed" : "same";
    for (const line of lines(chunk.value)) out.push({ kind, parts: [{ kind, text: line }] });
  }
  return out;
}

/** Every section of either revision, in the newer one's order, with what changed in it. */
export function compareRevisions(before: readonly RevisionSection[], after: readonly RevisionSection[]): SectionDiff[] {
  const old = new Map(before.map((s) => [s.sectionId, s]));
  const kept = new Set(after.map((s) => s.sectionId));
  const result: SectionDiff[] = after.map((section) => {
    const previous = old.get(section.sectionId);
    const beforeText = previous ? `${sectionHeading(previous)}\n${previous.body}` : "";
    const afterText = `${sectionHeading(section)}\n${section.body}`;
    const status = !previous ? "added" : beforeText.trim() === afterText.trim() ? "same" : "changed";
    return { sectionId: section.sectionId, heading: sectionHeading(section), status, lines: diffText(beforeText, afterText) };
  });
  for (const section of before) {
    if (kept.has(section.sectionId)) continue;
    result.push({ sectionId: section.sectionId, heading: sectionHeading(section), status: "removed", lines: diffText(`${sectionHeading(section)}\n${section.body}`, "") });
  }
  return result;
}

/** The comparison as plain text with markers ("+ " added, "- " removed), for a conflict notice. */
export function diffAsText(before: string, after: string): string {
  return diffText(before, after)
    .map((line) => `${line.kind === "added" ? "+ " : line.kind === "removed" ? "- " : "  "}${line.parts.map((p) => p.text).join("")}`)
    .join("\n");
}
