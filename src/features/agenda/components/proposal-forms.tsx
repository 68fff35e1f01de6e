import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SelectField, SubmitButton, TextArea, TextField } from "@/components/fields";
import { acceptProposalAction, declineProposalAction, proposeAction, withdrawProposalAction } from "../actions";
import type { AgendaEntry, ProposalEntry } from "../queries";
import { PROPOSAL_KINDS, flattenAgenda, numberOf, type AgendaNode } from "../rules";
import styles from "./agenda.module.css";
import { Disclosure } from "./disclosure";
import { placeOptions } from "./place-options";

type Scope = { slug: string; associationId: string; meetingId: string };
type Node = AgendaNode<AgendaEntry>;

function ScopeInputs({ scope }: { scope: Scope }) {
  return (
    <>
      <input type="hidden" name="slug" value={scope.slug} />
      <input type="hidden" name="associationId" value={scope.associationId} />
      <input type="hidden" name="meetingId" value={scope.meetingId} />
    </>
  );
}

/** A calendar date column (midnight UTC), as the date it is. */
async function dayFormatter() {
  const format = await getFormatter();
  return (day: Date) => format.dateTime(day, { dateStyle: "long", timeZone: "UTC" });
}

export async function ProposeForm({ scope, today }: { scope: Scope; today: string }) {
  const t = await getTranslations("agenda.proposals");
  return (
    <ActionForm action={proposeAction} label={t("proposeHeading")}>
      <ScopeInputs scope={scope} />
      <p className="muted">{t("proposeIntro")}</p>
      <div className="grid-2">
        <SelectField name="kind" label={t("proposeKind")} defaultValue="ITEM" options={PROPOSAL_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))} />
        <TextField name="askedOn" type="date" label={t("askedOn")} hint={t("askedOnHint")} defaultValue={today} required />
      </div>
      <TextField name="title" label={t("proposeTitle")} required maxLength={200} />
      <TextArea name="description" label={t("proposeDescription")} rows={3} />
      <SubmitButton>{t("propose")}</SubmitButton>
    </ActionForm>
  );
}

/** The proposals waiting for the secretary's decision, each with "accept" and "decline". */
export async function PendingProposals({ scope, proposals, tree }: { scope: Scope; proposals: ProposalEntry[]; tree: Node[] }) {
  const t = await getTranslations("agenda.proposals");
  const form = await getTranslations("agenda.form");
  const day = await dayFormatter();
  if (!proposals.length) return <p className="muted">{t("none")}</p>;
  const places = await placeOptions(tree, form("atEnd"));
  const defaultPlace = (kind: string) => flattenAgenda(tree).find((node) => node.kind === "SECTION" && kind === "QUESTION" && /question/i.test(node.title))?.id ?? "";
  return (
    <ul className={styles.list}>
      {proposals.map((proposal) => (
        <li key={proposal.id}>
          <p style={{ margin: 0 }}>
            <strong>{proposal.title}</strong> <span className="badge">{t(`kind.${proposal.kind}`)}</span>
          </p>
          <p className="muted text-sm" style={{ margin: "0.15rem 0" }}>
            {t("from", { kind: t(`kind.${proposal.kind}`), name: proposal.proposedBy.name, date: day(proposal.askedOn) })}
          </p>
          {proposal.description ? <p style={{ whiteSpace: "pre-line", margin: "0.25rem 0" }}>{proposal.description}</p> : null}
          <ActionForm action={acceptProposalAction} label={t("acceptForm", { title: proposal.title })} className="inline-form">
            <ScopeInputs scope={scope} />
            <input type="hidden" name="proposalId" value={proposal.id} />
            <SelectField name="parentId" label={t("acceptUnder")} options={places} defaultValue={defaultPlace(proposal.kind)} />
            <TextField name="note" label={t("acceptNote")} maxLength={2000} />
            <SubmitButton>{t("accept")}</SubmitButton>
          </ActionForm>
          <ActionForm action={declineProposalAction} label={t("declineForm", { title: proposal.title })}>
            <Disclosure summary={t("declineSummary")}>
              <ScopeInputs scope={scope} />
              <input type="hidden" name="proposalId" value={proposal.id} />
              <TextArea name="note" label={t("declineNote")} required rows={2} />
              <SubmitButton variant="danger">{t("decline")}</SubmitButton>
            </Disclosure>
          </ActionForm>
        </li>
      ))}
    </ul>
  );
}

/** Proposals with their status and the secretary's note; `withdraw` for one's own waiting ones. */
export async function ProposalStatusList({ scope, proposals, rows, withdraw }: { scope: Scope; proposals: ProposalEntry[]; rows: readonly AgendaEntry[]; withdraw: boolean }) {
  const t = await getTranslations("agenda.proposals");
  const day = await dayFormatter();
  return (
    <ul className={styles.list}>
      {proposals.map((proposal) => {
        const number = proposal.agendaItemId ? numberOf(rows, proposal.agendaItemId) : null;
        return (
          <li key={proposal.id}>
            <p style={{ margin: 0 }}>
              <strong>{proposal.title}</strong>{" "}
              <span className={`badge ${proposal.status === "ACCEPTED" ? "badge-ok" : proposal.status === "DECLINED" ? "badge-alert" : ""}`}>{t(`status.${proposal.status}`)}</span>
            </p>
            <p className="muted text-sm" style={{ margin: "0.15rem 0" }}>
              {t("from", { kind: t(`kind.${proposal.kind}`), name: proposal.proposedBy.name, date: day(proposal.askedOn) })}
            </p>
            {proposal.status === "ACCEPTED" && number ? <p style={{ margin: "0.15rem 0" }}>{t("acceptedAs", { number })}</p> : null}
            {proposal.responseNote ? <p style={{ margin: "0.15rem 0" }}>{t("note", { note: proposal.responseNote })}</p> : null}
            {withdraw && proposal.status === "PENDING" ? (
              <ActionForm action={withdrawProposalAction} label={t("withdrawForm", { title: proposal.title })}>
                <ScopeInputs scope={scope} />
                <input type="hidden" name="proposalId" value={proposal.id} />
                <SubmitButton variant="secondary">{t("withdraw")}</SubmitButton>
              </ActionForm>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
