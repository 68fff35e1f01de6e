import { describe, expect, it } from "vitest";
import { compareRevisions, diffAsText, diffText } from "@/features/minutes/diff";
import { renderMarkdown } from "@/features/minutes/markdown";
import { agendaSync, escapeMarkdownInline, neutralizeHtml, pdfSafeText, plannedItemSections, revisionText, visibleTo, type AgendaSource } from "@/features/minutes/rules";

const item = (id: string, parentId: string | null, position: number, title: string, visibility: AgendaSource["visibility"] = "MEMBERS"): AgendaSource => ({
  id,
  parentId,
  position,
  durationMinutes: null,
  title,
  visibility,
});

describe("sections follow the agenda", () => {
  const agenda = [
    item("c", null, 2, "Technique", "BOARD"),
    item("a", null, 0, "Organisation", "PUBLIC"),
    item("b", null, 1, "Décisions"),
    item("b1", "b", 0, "Achat de disques", "PUBLIC"),
    item("c1", "c", 0, "Pannes", "PUBLIC"),
    item("c1x", "c1", 0, "Détail", "PUBLIC"),
  ];

  it("are numbered like the agenda, in agenda order, as confidential as their strictest parent", () => {
    expect(plannedItemSections(agenda).map((p) => [p.number, p.title, p.visibility, p.position])).toEqual([
      ["1", "Organisation", "PUBLIC", 1],
      ["2", "Décisions", "MEMBERS", 2],
      ["2.1", "Achat de disques", "MEMBERS", 3],
      ["3", "Technique", "BOARD", 4],
      ["3.1", "Pannes", "BOARD", 5],
      ["3.1.1", "Détail", "BOARD", 6],
    ]);
  });

  it("a second update creates only the new items, keeps free sections last and turns orphans into free sections", () => {
    const existing = [
      { id: "h", kind: "HEADER" as const, agendaItemId: null, position: 0 },
      { id: "sa", kind: "ITEM" as const, agendaItemId: "a", position: 1 },
      { id: "free", kind: "FREE" as const, agendaItemId: null, position: 9 },
      { id: "gone", kind: "ITEM" as const, agendaItemId: "deleted-item", position: 2 },
    ];
    const sync = agendaSync(agenda, existing);
    expect(sync.needsHeader).toBe(false);
    expect(sync.create.map((c) => c.agendaItemId)).toEqual(["b", "b1", "c", "c1", "c1x"]);
    expect(sync.update).toEqual([expect.objectContaining({ sectionId: "sa", number: "1", position: 1 })]);
    expect(sync.free).toEqual([
      { sectionId: "gone", position: 7, orphan: true },
      { sectionId: "free", position: 8, orphan: false },
    ]);
    expect(agendaSync(agenda, []).needsHeader).toBe(true);
  });

  it.each([
    ["PUBLIC", [true, true, true]],
    ["MEMBERS", [true, true, false]],
    ["BOARD", [true, false, false]],
  ] as const)("a %s section is read by board / members / public: %o", (visibility, expected) => {
    expect([visibleTo(visibility, "BOARD"), visibleTo(visibility, "MEMBERS"), visibleTo(visibility, "PUBLIC")]).toEqual(expected);
  });
});

describe("Markdown is rendered safely", () => {
  it.each([
    ["<script>alert(1)</script>", /<script/i],
    ['<img src=x onerror="alert(1)">', /<img/i],
    ["[click](javascript:alert(1))", /javascript:/i],
    ["[click](JaVaScRiPt:alert(1))", /javascript:/i],
    ["[click]( javascript:alert(1) )", /javascript:/i],
    ["[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", /href="data:/i],
    ['<a href="javascript:alert(1)">x</a>', /<a /i],
    ["<svg onload=alert(1)>", /<svg/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['<div style="background:url(javascript:alert(1))">x</div>', /<div/i],
    ["![x](https://evil.example/x.png)", /<img/i],
    ["<style>body{display:none}</style>", /<style/i],
    ['<form action="https://evil.example"><button>x</button></form>', /<form|<button/i],
  ])("%s leaves nothing live", (payload, forbidden) => {
    const html = renderMarkdown(`Avant ${payload} après`);
    expect(html).not.toMatch(forbidden);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).toContain("Avant");
  });

  it("shows typed HTML as text rather than dropping it", () => {
    expect(renderMarkdown("a <b>b</b> < c")).toContain("&lt;b&gt;b&lt;/b&gt;");
  });

  it("keeps ordinary Markdown: emphasis, lists, links, tables; headings sit below the section's", () => {
    const html = renderMarkdown("# Titre\n\n**gras** et *italique*\n\n- un\n- deux\n\n[site](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<h3>Titre</h3>");
    expect(html).toContain("<strong>gras</strong>");
    expect(html).toContain("<li>un</li>");
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('rel="nofollow noopener noreferrer"');
    expect(html).toContain("<td>1</td>");
  });
});

describe("Markdown downloads", () => {
  it("escape HTML outside code and keep code as typed", () => {
    const text = "Texte <script>alert(1)</script> et `<b>code</b>`\n\n```\n<script>ok en code</script>\n```\n\n    <i>indenté</i>";
    const safe = neutralizeHtml(text);
    expect(safe).toContain("Texte &lt;script>alert(1)&lt;/script>");
    expect(safe).toContain("`<b>code</b>`");
    expect(safe).toContain("```\n<script>ok en code</script>\n```");
    expect(safe).toContain("    <i>indenté</i>");
  });

  it("escape names and notes: no markup, no HTML, one line", () => {
    expect(escapeMarkdownInline("<script>x</script> **bold** [l](javascript:x)\nsuite")).toBe("&lt;script>x&lt;/script> \\*\\*bold\\*\\* \\[l\\](javascript:x) suite");
  });

  it("replace what the PDF fonts cannot draw", () => {
    expect(pdfSafeText("Maëlle · Quéré – 16 900,00 € ✓ 😀")).toBe("Maëlle · Quéré – 16 900,00 € ? ?");
  });
});

describe("comparing revisions", () => {
  it("marks added and removed lines and words", () => {
    const lines = diffText("Un\nDeux trois\nQuatre", "Un\nDeux 3\nQuatre\nCinq");
    expect(lines.map((l) => l.kind)).toEqual(["same", "removed", "added", "same", "added"]);
    expect(lines[1].parts).toContainEqual({ kind: "removed", text: "trois" });
    expect(lines[2].parts).toContainEqual({ kind: "added", text: "3" });
    expect(diffAsText("a\nb", "a\nc")).toBe("  a\n- b\n+ c");
  });

  it("follows sections by identity: added, removed, changed, same", () => {
    const s = (sectionId: string, title: string, body: string) => ({ sectionId, kind: "ITEM" as const, number: null, title, body, visibility: "MEMBERS" as const });
    const result = compareRevisions([s("1", "A", "x"), s("2", "B", "y"), s("3", "C", "z")], [s("1", "A", "x"), s("2", "B", "y2"), s("4", "D", "w")]);
    expect(result.map((r) => [r.sectionId, r.status])).toEqual([
      ["1", "same"],
      ["2", "changed"],
      ["4", "added"],
      ["3", "removed"],
    ]);
    expect(revisionText([s("1", "A", "x")])).toBe("## A\n\nx\n");
  });
});
