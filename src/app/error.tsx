"use client";

// Shown when a page fails unexpectedly (the database is down, say). No translations can be
// loaded here, so both languages are shown.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="page narrow card">
      <h1 lang="fr">Quorum est momentanément indisponible</h1>
      <p lang="fr">Rien n’a été perdu. Réessayez dans un instant.</p>
      <h2 lang="en">Quorum is unavailable for a moment</h2>
      <p lang="en">Nothing was lost. Please try again shortly.</p>
      <button type="button" className="button button-primary" onClick={reset}>
        Réessayer / Try again
      </button>
    </main>
  );
}
