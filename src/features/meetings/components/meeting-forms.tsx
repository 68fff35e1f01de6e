import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SelectField, SubmitButton, TextArea, TextField } from "@/components/fields";
import { isoDate, localDateOf } from "@/lib/zoned-time";
import { createMeetingAction, planMeetingsAction, updateMeetingAction } from "../actions";
import { localClock, MEETING_KINDS, type MeetingKind } from "../rules";
import { EchoHidden } from "./echo-hidden";

type Person = { id: string; name: string };
type Defaults = { kind: MeetingKind; title: string; place: string; remoteAccess: string; facilitatorId: string };

/** Kind, title, place, remote access, facilitator: the same in every meeting form. */
async function CommonFields({ defaults, facilitators }: { defaults: Defaults; facilitators: Person[] }) {
  const t = await getTranslations("meetings.form");
  const kinds = await getTranslations("meetings.kinds");
  return (
    <>
      <div className="grid-2">
        <SelectField name="kind" label={t("kind")} defaultValue={defaults.kind} options={MEETING_KINDS.map((k) => ({ value: k, label: kinds(k) }))} />
        <TextField name="title" label={t("title")} defaultValue={defaults.title} required maxLength={200} />
      </div>
      <div className="grid-2">
        <TextField name="place" label={t("place")} hint={t("placeHint")} defaultValue={defaults.place} maxLength={300} />
        <SelectField
          name="facilitatorId"
          label={t("facilitator")}
          hint={t("facilitatorHint")}
          defaultValue={defaults.facilitatorId}
          options={[{ value: "", label: t("noFacilitator") }, ...facilitators.map((p) => ({ value: p.id, label: p.name }))]}
        />
      </div>
      <TextArea name="remoteAccess" label={t("remoteAccess")} hint={t("remoteAccessHint")} defaultValue={defaults.remoteAccess} rows={2} />
    </>
  );
}

async function WhenFields({ date, startTime, endTime, endDate }: { date: string; startTime: string; endTime: string; endDate: string }) {
  const t = await getTranslations("meetings.form");
  return (
    <fieldset className="field">
      <legend>{t("when")}</legend>
      <p className="field-hint">{t("whenHint")}</p>
      <div className="inline-form">
        <TextField name="date" type="date" label={t("date")} defaultValue={date} required />
        <TextField name="startTime" type="time" label={t("startTime")} defaultValue={startTime} required />
        <TextField name="endTime" type="time" label={t("endTime")} defaultValue={endTime} required />
        <TextField name="endDate" type="date" label={t("endDate")} hint={t("endDateHint")} defaultValue={endDate} />
      </div>
    </fieldset>
  );
}

export async function CreateMeetingForm({ associationId, facilitators, defaultFacilitatorId }: { associationId: string; facilitators: Person[]; defaultFacilitatorId: string }) {
  const t = await getTranslations("meetings.form");
  const kinds = await getTranslations("meetings.kinds");
  return (
    <ActionForm action={createMeetingAction} label={t("createTitle")}>
      <input type="hidden" name="associationId" value={associationId} />
      <CommonFields defaults={{ kind: "BOARD", title: kinds("BOARD"), place: "", remoteAccess: "", facilitatorId: defaultFacilitatorId }} facilitators={facilitators} />
      <WhenFields date="" startTime="18:00" endTime="20:00" endDate="" />
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}

export async function PlanMeetingsForm({ associationId, facilitators, defaultFacilitatorId }: { associationId: string; facilitators: Person[]; defaultFacilitatorId: string }) {
  const t = await getTranslations("meetings.plan");
  const kinds = await getTranslations("meetings.kinds");
  return (
    <ActionForm action={planMeetingsAction} label={t("title")}>
      <input type="hidden" name="associationId" value={associationId} />
      <CommonFields defaults={{ kind: "BOARD", title: kinds("BOARD"), place: "", remoteAccess: "", facilitatorId: defaultFacilitatorId }} facilitators={facilitators} />
      <TextArea name="dates" label={t("dates")} hint={t("datesHint")} required rows={2} />
      <div className="grid-2">
        <TextField name="time" type="time" label={t("time")} defaultValue="18:00" required />
        <TextField name="durationMinutes" type="number" label={t("duration")} hint={t("durationHint")} defaultValue="120" required inputMode="numeric" />
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}

type EditableMeeting = {
  id: string;
  associationId: string;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  remoteAccess: string | null;
  facilitatorId: string | null;
  facilitator: Person | null;
  version: number;
};

export async function EditMeetingForm({ meeting, timezone, facilitators }: { meeting: EditableMeeting; timezone: string; facilitators: Person[] }) {
  const t = await getTranslations("meetings.edit");
  const startDay = isoDate(localDateOf(meeting.startsAt, timezone));
  const endDay = isoDate(localDateOf(meeting.endsAt, timezone));
  // A facilitator who has left the board since stays selectable for this meeting.
  const choices = meeting.facilitator && !facilitators.some((p) => p.id === meeting.facilitator!.id) ? [...facilitators, meeting.facilitator] : facilitators;
  return (
    <ActionForm action={updateMeetingAction} label={t("title")}>
      <input type="hidden" name="associationId" value={meeting.associationId} />
      <input type="hidden" name="meetingId" value={meeting.id} />
      <EchoHidden name="version" value={String(meeting.version)} />
      <CommonFields
        defaults={{ kind: meeting.kind, title: meeting.title, place: meeting.place ?? "", remoteAccess: meeting.remoteAccess ?? "", facilitatorId: meeting.facilitatorId ?? "" }}
        facilitators={choices}
      />
      <WhenFields
        date={startDay}
        startTime={localClock(meeting.startsAt, timezone)}
        endTime={localClock(meeting.endsAt, timezone)}
        endDate={endDay === startDay ? "" : endDay}
      />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
