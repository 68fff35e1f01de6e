// Just enough HTML reading for the bench: the JavaScript a page loads, and its forms (to post
// them as a browser without JavaScript does).

/** The chunk files a page loads: script tags, preloads and client references of the RSC payload; noModule polyfills excluded (modern browsers skip them). */
export function scriptChunks(html: string): string[] {
  const legacy = new Set([...html.matchAll(/<script[^>]*noModule[^>]*>/gi)].flatMap((m) => [...m[0].matchAll(/static\/chunks\/[^"'\\]+\.js/g)].map((c) => c[0])));
  const all = new Set([...html.matchAll(/static\/chunks\/[^"'\\\s]+?\.js/g)].map((m) => m[0]));
  return [...all].filter((chunk) => !legacy.has(chunk)).sort();
}

export type Form = { action: string | null; fields: [string, string][]; html: string };

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, "i").exec(tag);
  return match ? decode(match[1] ?? match[2]) : null;
};
const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Every form of the page with its named inputs (hidden and text inputs, checked boxes, first option of selects, textareas). */
export function forms(html: string): Form[] {
  return [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)].map((match) => {
    const body = match[0];
    const fields: [string, string][] = [];
    for (const input of body.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(input[0], "name");
      const type = (attribute(input[0], "type") ?? "text").toLowerCase();
      if (!name || type === "submit" || ((type === "checkbox" || type === "radio") && !/\schecked/i.test(input[0]))) continue;
      fields.push([name, attribute(input[0], "value") ?? ""]);
    }
    for (const select of body.matchAll(/<select\b[^>]*>([\s\S]*?)<\/select>/gi)) {
      const name = attribute(select[0], "name");
      const selected = /<option\b[^>]*selected[^>]*>/i.exec(select[1])?.[0] ?? /<option\b[^>]*>/i.exec(select[1])?.[0];
      if (name && selected) fields.push([name, attribute(selected, "value") ?? ""]);
    }
    for (const area of body.matchAll(/<textarea\b[^>]*>([\s\S]*?)<\/textarea>/gi)) {
      const name = attribute(area[0], "name");
      if (name) fields.push([name, decode(area[1])]);
    }
    return { action: attribute(/<form\b[^>]*>/i.exec(body)![0], "action"), fields, html: body };
  });
}

/** A multipart body as a browser sends a form (React's forms post multipart/form-data). */
export function multipart(fields: [string, string][]): { body: string; contentType: string } {
  const boundary = "----QuorumBenchBoundary7MA4YWxkTrZu0gW";
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: `${parts.join("")}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}
