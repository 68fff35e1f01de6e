import { NotFoundMessage } from "./_ui/not-found-message";

export default function NotFound() {
  return (
    <main id="main" className="page">
      <NotFoundMessage />
    </main>
  );
}
