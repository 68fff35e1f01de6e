import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { ActionForm } from "@/components/action-form";
import { moveItemAction } from "../actions";
import { agendaPath, itemEditPath } from "../paths";
import type { AgendaEntry } from "../queries";
import { effectiveMinutes, type AgendaNode } from "../rules";
import styles from "./agenda.module.css";
import { DeleteItemForm } from "./delete-item-form";
import { DragAndDrop } from "./drag-and-drop";
import { formatDuration } from "./duration";
import { MoveButton } from "./move-button";
import { OriginLine, showsOrigin } from "./origin-line";

type Node = AgendaNode<AgendaEntry>;
export type EditorScope = { slug: string; associationId: string; meetingId: string };

/** The numbered agenda. With `editor`, each item carries its move, edit and delete controls. */
export async function AgendaTree({ tree, editor, currentItemId }: { tree: Node[]; editor?: EditorScope; currentItemId?: string }) {
  const t = await getTranslations("agenda");
  if (!tree.length) return <p className="muted">{t("tree.empty")}</p>;
  const list = (
    <ol className={styles.tree}>
      {tree.map((node, index) => (
        <AgendaBranch key={node.id} node={node} first={index === 0} last={index === tree.length - 1} editor={editor} currentItemId={currentItemId} parentOrigin={null} />
      ))}
    </ol>
  );
  return editor ? (
    <DragAndDrop scope={editor} hint={t("tree.dragHint")}>
      {list}
    </DragAndDrop>
  ) : (
    list
  );
}

type BranchProps = { node: Node; first: boolean; last: boolean; editor?: EditorScope; currentItemId?: string; parentOrigin: Node["origin"] | null };

async function AgendaBranch({ node, first, last, editor, currentItemId, parentOrigin }: BranchProps) {
  const t = await getTranslations("agenda");
  const minutes = effectiveMinutes(node);
  return (
    <li id={`item-${node.id}`} className={node.kind === "SECTION" ? styles.section : undefined}>
      <div className={`${styles.item} ${currentItemId === node.id ? styles.current : ""}`} data-item-id={editor ? node.id : undefined}>
        <div className={styles.head} data-drag-handle={editor ? "" : undefined}>
          <span data-line>
            <span className={styles.number}>{node.number}</span> <span className={styles.title}>{node.title}</span>
          </span>
          {node.kind !== "SECTION" ? <span className="badge">{t(`kinds.${node.kind}`)}</span> : null}
          {node.visibility === "BOARD" ? <span className={`badge ${styles.boardOnly}`}>{t("visibility.BOARD")}</span> : null}
          {node.visibility === "PUBLIC" ? <span className="badge">{t("visibility.PUBLIC")}</span> : null}
        </div>
        <p className={styles.meta}>
          {[
            node.presenterLabel ? <span key="p">{t("tree.presenter", { name: node.presenterLabel })}</span> : null,
            minutes > 0 ? <span key="d">{formatDuration(t, minutes)}</span> : null,
            showsOrigin(node, parentOrigin) ? <OriginLine key="o" item={node} /> : null,
          ]
            .filter(Boolean)
            .flatMap((part, i) => (i ? [" · ", part] : [part]))}
        </p>
        {node.description ? <p className={styles.description}>{node.description}</p> : null}
        {editor ? <ItemControls node={node} first={first} last={last} editor={editor} /> : null}
      </div>
      {node.children.length ? (
        <ol>
          {node.children.map((child, index) => (
            <AgendaBranch key={child.id} node={child} first={index === 0} last={index === node.children.length - 1} editor={editor} currentItemId={currentItemId} parentOrigin={node.origin} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

async function ItemControls({ node, first, last, editor }: { node: Node; first: boolean; last: boolean; editor: EditorScope }) {
  const t = await getTranslations("agenda.tree");
  const scope = (
    <>
      <input type="hidden" name="slug" value={editor.slug} />
      <input type="hidden" name="associationId" value={editor.associationId} />
      <input type="hidden" name="meetingId" value={editor.meetingId} />
      <input type="hidden" name="itemId" value={node.id} />
    </>
  );
  return (
    <div className={`${styles.controls} no-print`}>
      <ActionForm action={moveItemAction} label={t("moveForm", { number: node.number })} className={styles.moves}>
        {scope}
        <MoveButton op="up" label={t("up")} hint={t("upHint")} disabled={first} />
        <MoveButton op="down" label={t("down")} hint={t("downHint")} disabled={last} />
        <MoveButton op="indent" label={t("indent")} hint={t("indentHint")} disabled={first} />
        <MoveButton op="outdent" label={t("outdent")} hint={t("outdentHint")} disabled={node.depth === 0} />
      </ActionForm>
      <Link href={itemEditPath(editor.slug, editor.meetingId, node.id)} aria-label={t("editLabel", { number: node.number })}>
        {t("edit")}
      </Link>
      <Link href={`${agendaPath(editor.slug, editor.meetingId)}?parent=${node.id}#add-item`} aria-label={t("addChildLabel", { number: node.number })}>
        {t("addChild")}
      </Link>
      <DeleteItemForm node={node} editor={editor} />
    </div>
  );
}
