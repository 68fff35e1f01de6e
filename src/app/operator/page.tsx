import { getTranslations } from "next-intl/server";
import { requireOperator } from "@/features/auth/session";
import { ActionForm } from "@/components/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/fields";
import { createAssociationAction } from "@/features/associations/actions";
import { allAssociations } from "@/features/associations/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("operator"))("associations") };
}

export default async function OperatorPage() {
  await requireOperator("/operator");
  const t = await getTranslations("operator");
  const associations = await allAssociations();
  return (
    <>
      <h1>{t("associations")}</h1>
      <div className="card" style={{ overflowX: "auto" }}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("slug")}</th>
              <th scope="col">{t("terms")}</th>
            </tr>
          </thead>
          <tbody>
            {associations.map((a) => (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td>
                  <code>{a.slug}</code>
                </td>
                <td>{a._count.memberships}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="card" aria-labelledby="create">
        <h2 id="create" style={{ marginTop: 0 }}>
          {t("create")}
        </h2>
        <ActionForm action={createAssociationAction} label={t("create")}>
          <div className="grid-2">
            <TextField name="name" label={t("name")} required />
            <TextField name="slug" label={t("slug")} hint={t("slugHint")} />
            <TextField name="timezone" label={t("timezone")} defaultValue="Europe/Paris" required />
            <SelectField
              name="locale"
              label={t("locale")}
              defaultValue="fr"
              options={[
                { value: "fr", label: "Français" },
                { value: "en", label: "English" },
              ]}
            />
            <TextField name="presidentName" label={t("presidentName")} required />
            <TextField name="presidentEmail" type="email" label={t("presidentEmail")} required />
          </div>
          <SubmitButton>{t("createSubmit")}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
