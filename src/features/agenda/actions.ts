"use server";
// The agenda's server actions. On success they send the person back to the page (with what was
// done in the address), which shows the fresh agenda with or without JavaScript.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import type { Refused } from "@/lib/result";
import { addAgendaItem, deleteAgendaItem, dropAgendaItem, moveAgendaItem, placeAgendaItem, updateAgendaItem } from "./commands";
import { addBacklogItem, discardBacklogItem, pullBacklog } from "./commands-backlog";
import { acceptProposal, declineProposal, proposeAgendaItem, withdrawProposal } from "./commands-proposals";
import { agendaPath, backlogPath, withDone } from "./paths";
import {
  acceptProposalSchema,
  addBacklogSchema,
  addItemSchema,
  declineProposalSchema,
  deleteItemSchema,
  dropItemSchema,
  discardBacklogSchema,
  editItemSchema,
  moveItemSchema,
  placeItemSchema,
  proposeSchema,
  pullBacklogSchema,
  withdrawProposalSchema,
} from "./schema";

const ctxFor = (user: { id: string }) => ({ userId: user.id, now: new Date() });
const fieldOf = (refused: Refused) => (typeof refused.detail?.field === "string" ? refused.detail.field : undefined);

export async function addItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(addItemSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await addAgendaItem(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result, formData, fieldOf(result));
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "added", { item: result.value.itemId }));
}

export async function editItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(editItemSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateAgendaItem(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result, formData, fieldOf(result));
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "saved", { item: result.value.itemId }));
}

export async function deleteItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(deleteItemSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deleteAgendaItem(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result);
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "deleted", { n: result.value.removed, anchor: "agenda" }));
}

export async function moveItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(moveItemSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await moveAgendaItem(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result);
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "moved", { item: result.value.itemId }));
}

/** Called by drag and drop (JavaScript only): the page refreshes in place. */
export async function dropItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(dropItemSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await dropAgendaItem(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result);
  refresh();
  return okState();
}

export async function placeItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(placeItemSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await placeAgendaItem(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result, formData, "parentId");
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "moved", { item: result.value.itemId }));
}

export async function proposeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(proposeSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await proposeAgendaItem(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result, formData, fieldOf(result));
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "proposed", { anchor: "my-proposals" }));
}

export async function acceptProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(acceptProposalSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await acceptProposal(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result, formData);
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "accepted", { item: result.value.itemId }));
}

export async function declineProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(declineProposalSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await declineProposal(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result, formData);
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "declined", { anchor: "proposals" }));
}

export async function withdrawProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(withdrawProposalSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await withdrawProposal(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result);
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "withdrawn", { anchor: "my-proposals" }));
}

export async function addBacklogAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(addBacklogSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await addBacklogItem(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result, formData);
  const { slug, raisedAtMeetingId } = parsed.data;
  redirect(withDone(raisedAtMeetingId ? agendaPath(slug, raisedAtMeetingId) : backlogPath(slug), "backlogAdded", { anchor: "backlog" }));
}

export async function pullBacklogAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(pullBacklogSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await pullBacklog(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result, formData);
  redirect(withDone(agendaPath(parsed.data.slug, parsed.data.meetingId), "pulled", { n: result.value.pulled, anchor: "agenda" }));
}

export async function discardBacklogAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(discardBacklogSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await discardBacklogItem(ctxFor(user), parsed.data);
  if (!result.ok) return refusalState(result);
  const { slug, meetingId } = parsed.data;
  redirect(withDone(meetingId ? agendaPath(slug, meetingId) : backlogPath(slug), "backlogDiscarded", { anchor: "backlog" }));
}
