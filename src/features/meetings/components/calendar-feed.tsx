import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SubmitButton } from "@/components/fields";
import { calendarFeedAction } from "../actions";
import { calendarFeedOf } from "../queries";
import { Disclosure } from "./disclosure";

/** The person's private calendar address: made once, shown to copy, renewable (the old one then stops working). */
export async function CalendarFeedSection({ userId }: { userId: string }) {
  const t = await getTranslations("meetings.feed");
  const url = await calendarFeedOf(userId);
  return (
    <section aria-labelledby="calendar-feed" className="card">
      <h2 id="calendar-feed" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      <p>{t("explain")}</p>
      <ActionForm action={calendarFeedAction} label={t("title")}>
        {url ? (
          <>
            <div className="field">
              <label htmlFor="feed-url">{t("address")}</label>
              <input id="feed-url" type="text" readOnly value={url} className="font-mono text-sm" />
              <span className="field-hint">{t("private")}</span>
            </div>
            <Disclosure summary={t("renew")}>
              <p>{t("renewExplain")}</p>
              <Checkbox name="confirm" label={t("confirmRenew")} />
              <SubmitButton variant="secondary">{t("renew")}</SubmitButton>
            </Disclosure>
          </>
        ) : (
          <SubmitButton>{t("create")}</SubmitButton>
        )}
      </ActionForm>
    </section>
  );
}
