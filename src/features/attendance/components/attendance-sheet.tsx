import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/fields";
import { RoleLabel } from "@/features/members/components/role-label";
import { localClock, type MeetingKind } from "@/features/meetings/rules";
import { recordAttendanceAction } from "../actions";
import type { AttendanceRow } from "../queries";
import { ATTENDANCE_STATUSES } from "../rules";
import { RowInput, RowSelect } from "./sheet-fields";

type Meeting = { id: string; associationId: string; kind: MeetingKind };

async function PersonCell({ row }: { row: AttendanceRow }) {
  const t = await getTranslations("attendance");
  return (
    <th scope="row" className="font-normal">
      <span className="font-semibold">{row.name}</span>
      <div className="muted text-sm">
        {row.kind ? <RoleLabel kind={row.kind} offices={row.offices} /> : t("notMemberThen")}
        {row.counts ? null : <> · {t("doesNotCount")}</>}
      </div>
    </th>
  );
}

/** The sheet as one form: every line is checked with the others, then saved together. */
export async function AttendanceSheetForm({ meeting, rows, timezone }: { meeting: Meeting; rows: AttendanceRow[]; timezone: string }) {
  const t = await getTranslations("attendance");
  const statuses = await getTranslations("attendance.statuses");
  const assembly = meeting.kind === "GENERAL_ASSEMBLY";
  const clock = (d: Date | null | undefined) => (d ? localClock(d, timezone) : "");
  const statusOptions = [{ value: "", label: t("notRecorded") }, ...ATTENDANCE_STATUSES.filter((s) => assembly || s !== "REPRESENTED").map((s) => ({ value: s, label: statuses(s) }))];
  return (
    <ActionForm action={recordAttendanceAction} label={t("sheet")}>
      <input type="hidden" name="associationId" value={meeting.associationId} />
      <input type="hidden" name="meetingId" value={meeting.id} />
      <p className="muted">{t("sheetHint")}</p>
      <div className="card" style={{ overflowX: "auto" }}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("person")}</th>
              <th scope="col">{t("status")}</th>
              {assembly ? <th scope="col">{t("proxy")}</th> : null}
              <th scope="col">{t("arrival")}</th>
              <th scope="col">{t("departure")}</th>
              <th scope="col">{t("note")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.userId}>
                <PersonCell row={row} />
                <td>
                  <input type="hidden" name="member" value={row.userId} />
                  <RowSelect name={`status.${row.userId}`} label={t("statusOf", { name: row.name })} defaultValue={row.record?.status ?? ""} options={statusOptions} />
                </td>
                {assembly ? (
                  <td>
                    <RowSelect
                      name={`proxy.${row.userId}`}
                      label={t("proxyOf", { name: row.name })}
                      defaultValue={row.record?.proxyUserId ?? ""}
                      options={[{ value: "", label: "—" }, ...rows.filter((r) => r.userId !== row.userId).map((r) => ({ value: r.userId, label: r.name }))]}
                    />
                  </td>
                ) : null}
                <td>
                  <RowInput name={`arrival.${row.userId}`} type="time" label={t("arrivalOf", { name: row.name })} defaultValue={clock(row.record?.arrivedAt)} />
                </td>
                <td>
                  <RowInput name={`departure.${row.userId}`} type="time" label={t("departureOf", { name: row.name })} defaultValue={clock(row.record?.leftAt)} />
                </td>
                <td>
                  <RowInput name={`note.${row.userId}`} label={t("noteOf", { name: row.name })} defaultValue={row.record?.note ?? ""} size={28} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}

/** The sheet for board members who read it. */
export async function AttendanceTable({ rows, timezone, assembly }: { rows: AttendanceRow[]; timezone: string; assembly: boolean }) {
  const t = await getTranslations("attendance");
  const statuses = await getTranslations("attendance.statuses");
  const names = new Map(rows.map((r) => [r.userId, r.name]));
  const clock = (d: Date | null | undefined) => (d ? localClock(d, timezone) : "");
  return (
    <div className="card" style={{ overflowX: "auto" }}>
      <table>
        <caption className="sr-only">{t("sheet")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("person")}</th>
            <th scope="col">{t("status")}</th>
            {assembly ? <th scope="col">{t("proxy")}</th> : null}
            <th scope="col">{t("arrival")}</th>
            <th scope="col">{t("departure")}</th>
            <th scope="col">{t("note")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId}>
              <PersonCell row={row} />
              <td>{row.record ? statuses(row.record.status) : <span className="muted">{t("notRecorded")}</span>}</td>
              {assembly ? <td>{row.record?.proxyUserId ? names.get(row.record.proxyUserId) : ""}</td> : null}
              <td>{clock(row.record?.arrivedAt)}</td>
              <td>{clock(row.record?.leftAt)}</td>
              <td>{row.record?.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
