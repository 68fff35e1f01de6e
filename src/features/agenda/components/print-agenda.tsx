import { getFormatter, getTranslations } from "next-intl/server";
import type { AgendaEntry, AgendaMeeting } from "../queries";
import { effectiveMinutes, type AgendaNode, type AgendaTiming } from "../rules";
import styles from "./agenda.module.css";
import { formatDuration } from "./duration";
import { OriginLine, showsOrigin } from "./origin-line";

type Node = AgendaNode<AgendaEntry>;

/** The agenda as it is printed and handed out: facts of the meeting, then the numbered items. */
export async function PrintAgenda({ associationName, meeting, tree, timing, timezone }: { associationName: string; meeting: AgendaMeeting; tree: Node[]; timing: AgendaTiming; timezone: string }) {
  const t = await getTranslations("agenda");
  const format = await getFormatter();
  return (
    <article className={styles.print}>
      <p className={styles.printAssociation}>{associationName}</p>
      <h1>
        {t("title")} · {meeting.title}
      </h1>
      <ul className={styles.printFacts}>
        <li>
          <strong>{format.dateTimeRange(meeting.startsAt, meeting.endsAt, { dateStyle: "full", timeStyle: "short", timeZone: timezone })}</strong>
          {meeting.status !== "PLANNED" ? ` (${t(`status.${meeting.status}`)})` : ""}
        </li>
        {meeting.place ? <li>{t("place", { place: meeting.place })}</li> : null}
        {meeting.remoteAccess ? <li>{t("remote", { remote: meeting.remoteAccess })}</li> : null}
        {meeting.facilitator ? <li>{t("facilitator", { name: meeting.facilitator.name })}</li> : null}
      </ul>
      {tree.length ? <PrintList nodes={tree} /> : <p>{t("print.empty")}</p>}
      {tree.length ? (
        <p className={styles.printTotal}>{t("print.total", { duration: formatDuration(t, timing.totalMinutes), time: format.dateTime(timing.plannedEnd, { timeStyle: "short", timeZone: timezone }) })}</p>
      ) : null}
    </article>
  );
}

async function PrintList({ nodes, parentOrigin = null }: { nodes: Node[]; parentOrigin?: Node["origin"] | null }) {
  return (
    <ol className={styles.printTree}>
      {nodes.map((node) => (
        <PrintItem key={node.id} node={node} parentOrigin={parentOrigin} />
      ))}
    </ol>
  );
}

async function PrintItem({ node, parentOrigin }: { node: Node; parentOrigin: Node["origin"] | null }) {
  const t = await getTranslations("agenda");
  const minutes = effectiveMinutes(node);
  const showOrigin = showsOrigin(node, parentOrigin);
  return (
    <li>
      <div className={styles.printLine}>
        <strong>{node.number}.</strong>
        <span className={styles.title}>
          {node.title}
          {node.kind !== "SECTION" && node.kind !== "DISCUSSION" ? ` (${t(`kinds.${node.kind}`)})` : ""}
          {node.visibility === "BOARD" ? ` · ${t("visibility.BOARD")}` : ""}
        </span>
        {node.presenterLabel ? <span>{node.presenterLabel}</span> : null}
        <span className={styles.printMinutes}>{minutes > 0 ? formatDuration(t, minutes) : ""}</span>
      </div>
      {showOrigin || node.description ? (
        <div className={styles.meta} style={{ marginLeft: "1.6rem" }}>
          {showOrigin ? <OriginLine item={node} /> : null}
          {node.description ? <div style={{ whiteSpace: "pre-line" }}>{node.description}</div> : null}
        </div>
      ) : null}
      {node.children.length ? <PrintList nodes={node.children} parentOrigin={node.origin} /> : null}
    </li>
  );
}
