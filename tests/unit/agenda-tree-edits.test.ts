import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agendaTree,
  childrenOf,
  descendantIds,
  flattenAgenda,
  insertInTree,
  isWellOrdered,
  moveInTree,
  numberOf,
  placementFor,
  placementRelativeTo,
  positionChanges,
  removeFromTree,
  renumber,
  type MoveOp,
  type TreeRow,
} from "@/features/agenda/rules";

const row = (id: string, parentId: string | null, position: number) => ({ id, parentId, position, durationMinutes: null });

// 1 a            (a1, a2 below)
//   1.1 a1       (a1x below)
//     1.1.1 a1x
//   1.2 a2
// 2 b
// 3 c
const rows = [row("a", null, 0), row("a1", "a", 0), row("a1x", "a1", 0), row("a2", "a", 1), row("b", null, 1), row("c", null, 2)];

/** The agenda as "number id" lines, in reading order. */
const outline = (tree: readonly { id: string; parentId: string | null; position: number }[]) =>
  flattenAgenda(agendaTree(tree.map((r) => ({ ...r, durationMinutes: null })))).map((n) => `${n.number} ${n.id}`);

function move(op: MoveOp, id: string, from: TreeRow[] = rows) {
  const placement = placementFor(from, id, op);
  if (!placement.ok) return placement;
  return moveInTree(from, id, placement.value);
}

describe("relative moves", () => {
  it.each([
    ["up", "b", ["1 b", "2 a", "2.1 a1", "2.1.1 a1x", "2.2 a2", "3 c"]],
    ["down", "a", ["1 b", "2 a", "2.1 a1", "2.1.1 a1x", "2.2 a2", "3 c"]],
    ["up", "a2", ["1 a", "1.1 a2", "1.2 a1", "1.2.1 a1x", "2 b", "3 c"]],
    // Indent: becomes the last child of the item above it, keeping its own sub-items.
    ["indent", "b", ["1 a", "1.1 a1", "1.1.1 a1x", "1.2 a2", "1.3 b", "2 c"]],
    ["indent", "a2", ["1 a", "1.1 a1", "1.1.1 a1x", "1.1.2 a2", "2 b", "3 c"]],
    // Outdent: becomes the next sibling of its parent.
    ["outdent", "a1", ["1 a", "1.1 a2", "2 a1", "2.1 a1x", "3 b", "4 c"]],
    ["outdent", "a1x", ["1 a", "1.1 a1", "1.2 a1x", "1.3 a2", "2 b", "3 c"]],
  ] as const)("%s %s", (op, id, expected) => {
    const moved = move(op, id);
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(outline(moved.value)).toEqual(expected);
    expect(isWellOrdered(moved.value)).toBe(true);
  });

  it.each([
    ["up", "a", "AGENDA_ALREADY_FIRST"],
    ["up", "a1", "AGENDA_ALREADY_FIRST"],
    ["down", "c", "AGENDA_ALREADY_LAST"],
    ["down", "a2", "AGENDA_ALREADY_LAST"],
    ["indent", "a", "AGENDA_CANNOT_INDENT"],
    ["indent", "a1", "AGENDA_CANNOT_INDENT"],
    ["outdent", "b", "AGENDA_ALREADY_TOP_LEVEL"],
    ["up", "nobody", "NOT_FOUND"],
  ] as const)("refuses %s %s at the edge: %s", (op, id, reason) => {
    expect(move(op, id)).toEqual({ ok: false, reason });
  });

  it("outdenting the last child of a last item puts it at the end", () => {
    const small = [row("x", null, 0), row("y", null, 1), row("y1", "y", 0)];
    const moved = move("outdent", "y1", small);
    expect(moved.ok && outline(moved.value)).toEqual(["1 x", "2 y", "3 y1"]);
  });
});

describe("moving to a chosen place", () => {
  it("refuses to move an item under itself or any of its own sub-items", () => {
    expect(moveInTree(rows, "a", { parentId: "a", index: 0 })).toEqual({ ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" });
    expect(moveInTree(rows, "a", { parentId: "a1", index: 0 })).toEqual({ ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" });
    expect(moveInTree(rows, "a", { parentId: "a1x", index: 0 })).toEqual({ ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" });
  });

  it("refuses a parent that is not in the agenda", () => {
    expect(moveInTree(rows, "b", { parentId: "elsewhere", index: 0 })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("moves a whole branch under another item; an index beyond the end means last", () => {
    const moved = moveInTree(rows, "a1", { parentId: "c", index: 99 });
    expect(moved.ok && outline(moved.value)).toEqual(["1 a", "1.1 a2", "2 b", "3 c", "3.1 a1", "3.1.1 a1x"]);
  });

  it("moves an item to the top level at the start", () => {
    const moved = moveInTree(rows, "a1x", { parentId: null, index: 0 });
    expect(moved.ok && outline(moved.value)).toEqual(["1 a1x", "2 a", "2.1 a1", "2.2 a2", "3 b", "4 c"]);
  });

  it("changes only the rows that moved", () => {
    const moved = moveInTree(rows, "c", { parentId: null, index: 0 });
    if (!moved.ok) throw new Error(moved.reason);
    expect(positionChanges(rows, moved.value)).toEqual([
      { id: "a", parentId: null, position: 1 },
      { id: "b", parentId: null, position: 2 },
      { id: "c", parentId: null, position: 0 },
    ]);
  });
});

describe("dropping an item on another", () => {
  const drop = (id: string, target: string, spot: "before" | "after" | "inside") => {
    const placement = placementRelativeTo(rows, id, target, spot);
    return placement.ok ? moveInTree(rows, id, placement.value) : placement;
  };

  it.each([
    ["c", "a", "before", ["1 c", "2 a", "2.1 a1", "2.1.1 a1x", "2.2 a2", "3 b"]],
    ["a", "c", "after", ["1 b", "2 c", "3 a", "3.1 a1", "3.1.1 a1x", "3.2 a2"]],
    // Within the same level, from above: "before b" is the place b holds once a has left.
    ["a", "c", "before", ["1 b", "2 a", "2.1 a1", "2.1.1 a1x", "2.2 a2", "3 c"]],
    ["b", "a2", "after", ["1 a", "1.1 a1", "1.1.1 a1x", "1.2 a2", "1.3 b", "2 c"]],
    ["c", "a1", "inside", ["1 a", "1.1 a1", "1.1.1 a1x", "1.1.2 c", "1.2 a2", "2 b"]],
    ["a1x", "a", "before", ["1 a1x", "2 a", "2.1 a1", "2.2 a2", "3 b", "4 c"]],
  ] as const)("%s dropped %s… %s", (id, target, spot, expected) => {
    const moved = drop(id, target, spot);
    expect(moved.ok && outline(moved.value)).toEqual(expected);
  });

  it("refuses a drop on the item itself or on one of its own sub-items", () => {
    expect(placementRelativeTo(rows, "a", "a", "after")).toEqual({ ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" });
    expect(placementRelativeTo(rows, "a", "a1x", "inside")).toEqual({ ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" });
    expect(placementRelativeTo(rows, "a", "ghost", "before")).toEqual({ ok: false, reason: "NOT_FOUND" });
  });
});

describe("adding and removing", () => {
  it("adds at the end, or as the last sub-item of an item", () => {
    const atEnd = insertInTree(rows, row("d", null, 0), { parentId: null });
    expect(atEnd.ok && outline(atEnd.value).at(-1)).toBe("4 d");
    const under = insertInTree(rows, row("a3", null, 0), { parentId: "a" });
    expect(under.ok && outline(under.value)).toContain("1.3 a3");
    const first = insertInTree(rows, row("z", null, 0), { parentId: null, index: 0 });
    expect(first.ok && outline(first.value).slice(0, 2)).toEqual(["1 z", "2 a"]);
    expect(insertInTree(rows, row("q", null, 0), { parentId: "missing" })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("removes an item with all its sub-items and closes the gap", () => {
    const removed = removeFromTree(rows, "a");
    if (!removed.ok) throw new Error(removed.reason);
    expect(removed.value.removed.sort()).toEqual(["a", "a1", "a1x", "a2"]);
    expect(outline(removed.value.rows)).toEqual(["1 b", "2 c"]);
    expect(isWellOrdered(removed.value.rows)).toBe(true);
    expect(removeFromTree(rows, "nobody")).toEqual({ ok: false, reason: "NOT_FOUND" });
  });
});

describe("numbering", () => {
  it("renumbers gaps and duplicates into 0..n-1, keeping the reading order", () => {
    const messy = [row("p", null, 5), row("q", null, 5), row("r", null, 9), row("p1", "p", 3)];
    expect(isWellOrdered(messy)).toBe(false);
    const clean = renumber(messy);
    expect(isWellOrdered(clean)).toBe(true);
    expect(outline(clean)).toEqual(["1 p", "1.1 p1", "2 q", "3 r"]);
  });

  it("gives the number of an item", () => {
    expect(numberOf(rows, "a1x")).toBe("1.1.1");
    expect(numberOf(rows, "c")).toBe("3");
    expect(numberOf(rows, "none")).toBeNull();
  });

  it("finds sub-items at any depth and children in order", () => {
    expect([...descendantIds(rows, "a")].sort()).toEqual(["a1", "a1x", "a2"]);
    expect(childrenOf(rows, "a").map((r) => r.id)).toEqual(["a1", "a2"]);
  });

  it("tells a broken order: a missing parent or a duplicated id", () => {
    expect(isWellOrdered([row("x", "ghost", 0)])).toBe(false);
    expect(isWellOrdered([row("x", null, 0), row("x", null, 1)])).toBe(false);
  });
});

describe("any sequence of edits keeps the agenda whole", () => {
  const op = fc.record({
    kind: fc.constantFrom("up", "down", "indent", "outdent", "place", "insert", "remove"),
    target: fc.nat(30),
    other: fc.nat(30),
    index: fc.integer({ min: -2, max: 12 }),
  });

  it("positions stay 0..n-1 per parent; no item is lost or duplicated", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let tree: TreeRow[] = rows.map(({ id, parentId, position }) => ({ id, parentId, position }));
        let created = 0;
        const expectedIds = new Set(tree.map((r) => r.id));
        for (const step of ops) {
          const ids = tree.map((r) => r.id);
          const target = ids[step.target % Math.max(1, ids.length)];
          const other = ids[step.other % Math.max(1, ids.length)];
          let outcome: { ok: boolean; value?: TreeRow[] } | undefined;
          if (step.kind === "insert") {
            const id = `n${created++}`;
            outcome = insertInTree(tree, { id, parentId: null, position: 0 }, { parentId: step.index < 0 ? null : (other ?? null), index: step.index });
            if (outcome.ok) expectedIds.add(id);
          } else if (!target) {
            continue;
          } else if (step.kind === "remove") {
            const removed = removeFromTree(tree, target);
            if (removed.ok) {
              removed.value.removed.forEach((id) => expectedIds.delete(id));
              outcome = { ok: true, value: removed.value.rows };
            }
          } else if (step.kind === "place") {
            outcome = moveInTree(tree, target, { parentId: step.index < 0 ? null : other, index: step.index });
            if (!outcome.ok && other !== undefined && step.index >= 0) {
              const selfOrBelow = other === target || descendantIds(tree, target).has(other);
              expect(selfOrBelow).toBe(true);
            }
          } else {
            const placement = placementFor(tree, target, step.kind);
            outcome = placement.ok ? moveInTree(tree, target, placement.value) : undefined;
          }
          if (outcome?.ok && outcome.value) tree = outcome.value;
          expect(isWellOrdered(tree)).toBe(true);
          expect(new Set(tree.map((r) => r.id))).toEqual(expectedIds);
        }
      }),
      { numRuns: 300 },
    );
  });
});
