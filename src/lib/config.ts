/** The address people reach Quorum at, for links in e-mails and calendar files. */
export function appUrl(): string {
  const configured = process.env.QUORUM_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

export const MAIL_FROM = () => process.env.MAIL_FROM ?? "Quorum <quorum@localhost>";
