import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SubmitButton, TextField } from "@/components/fields";
import { Disclosure } from "@/features/meetings/components/disclosure";
import { addGuestAction, removeGuestAction } from "../actions";

type Guest = { id: string; name: string; note: string | null };
type Ref = { associationId: string; meetingId: string };

/** Guests by name: listed for the board, added and removed by those who record attendance. */
export async function GuestsSection({ ids, guests, editable }: { ids: Ref; guests: Guest[]; editable: boolean }) {
  const t = await getTranslations("attendance.guests");
  return (
    <section aria-labelledby="guests" className="card">
      <h2 id="guests" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      {guests.length ? (
        <ul>
          {guests.map((guest) => (
            <li key={guest.id}>
              <span className="font-semibold">{guest.name}</span>
              {guest.note ? <span className="muted"> · {guest.note}</span> : null}
              {editable ? (
                <ActionForm action={removeGuestAction} label={t("removeOf", { name: guest.name })}>
                  <input type="hidden" name="associationId" value={ids.associationId} />
                  <input type="hidden" name="meetingId" value={ids.meetingId} />
                  <input type="hidden" name="guestId" value={guest.id} />
                  <Disclosure summary={t("remove")}>
                    <div className="inline-form">
                      <Checkbox name="confirm" label={t("confirmRemove", { name: guest.name })} />
                      <SubmitButton variant="danger">{t("remove")}</SubmitButton>
                    </div>
                  </Disclosure>
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      {editable ? (
        <ActionForm action={addGuestAction} label={t("add")} className="inline-form">
          <input type="hidden" name="associationId" value={ids.associationId} />
          <input type="hidden" name="meetingId" value={ids.meetingId} />
          <TextField name="name" label={t("name")} required maxLength={120} />
          <TextField name="note" label={t("note")} hint={t("noteHint")} maxLength={300} />
          <SubmitButton variant="secondary">{t("add")}</SubmitButton>
        </ActionForm>
      ) : null}
    </section>
  );
}
