"use client";
import { useFormState } from "@/components/form-context";

/** A hidden value the server may replace in its answer (the version to save over after a conflict). */
export function EchoedHidden({ name, defaultValue }: { name: string; defaultValue: string }) {
  const state = useFormState();
  const echoed = state.values?.[name];
  const value = typeof echoed === "string" ? echoed : defaultValue;
  return <input type="hidden" name={name} value={value} key={value} readOnly />;
}

/** When someone saved meanwhile: their text and the differences, next to the person's own text. */
export function ConflictPanel({ labels }: { labels: { title: string; text: string; newer: string; differences: string } }) {
  const state = useFormState();
  const newer = state.values?.conflictText;
  const diff = state.values?.conflictDiff;
  if (typeof newer !== "string") return null;
  return (
    <section className="notice notice-warn" aria-labelledby="conflict-title">
      <h2 id="conflict-title" style={{ marginTop: 0 }}>
        {labels.title}
      </h2>
      <p>{labels.text}</p>
      <h3>{labels.newer}</h3>
      <pre className="whitespace-pre-wrap text-sm">{newer}</pre>
      {typeof diff === "string" ? (
        <>
          <h3>{labels.differences}</h3>
          <pre className="whitespace-pre-wrap text-sm">{diff}</pre>
        </>
      ) : null}
    </section>
  );
}
