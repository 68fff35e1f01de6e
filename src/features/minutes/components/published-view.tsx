import type { Block } from "../document";
import { renderMarkdown } from "../markdown";
import { PROSE } from "./prose";

/** Approved minutes on a page: the same blocks as the downloads. Text is escaped by React. */
export function PublishedView({ blocks }: { blocks: Block[] }) {
  return (
    <article className="card">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case "title":
            return <h1 key={index}>{block.text}</h1>;
          case "subtitle":
            return (
              <p key={index} className="muted">
                {block.text}
              </p>
            );
          case "heading":
            return <h2 key={index}>{block.text}</h2>;
          case "subheading":
            return <h3 key={index}>{block.text}</h3>;
          case "body":
            return <div key={index} className={PROSE} dangerouslySetInnerHTML={{ __html: renderMarkdown(block.markdown) }} />;
          case "list":
            return (
              <ul key={index} className="list-disc pl-6">
                {block.items.map((item, i) => (
                  <li key={i}>
                    <strong>{item.strong}</strong> : {item.text}
                  </li>
                ))}
              </ul>
            );
          case "paragraph":
            return (
              <p key={index}>
                <em>{block.text}</em>
              </p>
            );
        }
      })}
    </article>
  );
}
