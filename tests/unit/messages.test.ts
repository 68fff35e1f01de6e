// A message in one language and not the other fails here.
import { describe, expect, it } from "vitest";
import { catalogs } from "@/messages";

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

describe("translations", () => {
  it("each feature file has the same keys in French and English", () => {
    expect(catalogs.en.length).toBe(catalogs.fr.length);
    catalogs.en.forEach((en, index) => {
      const fr = catalogs.fr[index];
      expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
    });
  });

  it("no two feature files define the same key", () => {
    const seen = new Map<string, number>();
    catalogs.en.forEach((file, index) => {
      for (const key of keysOf(file as Tree)) {
        expect(seen.has(key), `${key} is defined twice`).toBe(false);
        seen.set(key, index);
      }
    });
  });

  it("both languages use the same placeholders", () => {
    catalogs.en.forEach((en, index) => {
      const fr = catalogs.fr[index] as Tree;
      for (const key of keysOf(en as Tree)) {
        const pick = (tree: Tree) => key.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part], tree) as string;
        expect(new Set(placeholders(pick(fr))), key).toEqual(new Set(placeholders(pick(en as Tree))));
      }
    });
  });

  it("no message is left empty", () => {
    for (const file of [...catalogs.en, ...catalogs.fr]) {
      const tree = file as Tree;
      for (const key of keysOf(tree)) {
        const value = key.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part], tree) as string;
        expect(value.trim(), key).not.toBe("");
      }
    }
  });
});
