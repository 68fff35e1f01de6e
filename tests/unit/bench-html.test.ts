// How the bench reads pages: the script chunks a page loads, and forms posted without JavaScript.
import { describe, expect, it } from "vitest";
import { forms, scriptChunks } from "../../bench/lib/html";

describe("script chunks of a page", () => {
  it("counts scripts, preloads and chunks named in the RSC payload once, without noModule polyfills", () => {
    const html = `
      <script src="/_next/static/chunks/main.js" async=""></script>
      <link rel="preload" as="script" href="/_next/static/chunks/page.js"/>
      <script src="/_next/static/chunks/polyfills.js" noModule=""></script>
      <script>self.__next_f.push([1,"I[1,[\\"static/chunks/client.js\\"]]"])</script>
      <script src="/_next/static/chunks/main.js"></script>`;
    expect(scriptChunks(html)).toEqual(["static/chunks/client.js", "static/chunks/main.js", "static/chunks/page.js"]);
  });
});

describe("forms of a page", () => {
  it("keeps hidden and filled fields, checked boxes and selected options", () => {
    const html = `<form action="" method="POST">
      <input type="hidden" name="$ACTION_ID_abc" value=""/>
      <input type="hidden" name="membershipId" value="m&amp;1"/>
      <input type="checkbox" name="offices" value="PRESIDENT" checked=""/>
      <input type="checkbox" name="offices" value="TREASURER"/>
      <select name="kind"><option value="VOTING">V</option><option value="MEMBER" selected="">M</option></select>
      <textarea name="note">a &lt;b&gt;</textarea>
      <button type="submit" name="direction" value="up">Up</button>
    </form><form><input name="q" value="x"/></form>`;
    const [first, second] = forms(html);
    expect(first.fields).toEqual([
      ["$ACTION_ID_abc", ""],
      ["membershipId", "m&1"],
      ["offices", "PRESIDENT"],
      ["kind", "MEMBER"],
      ["note", "a <b>"],
    ]);
    expect(second.fields).toEqual([["q", "x"]]);
  });
});
