"use client";
// Drag and drop for the agenda, with JavaScript only: the move buttons stay the way that works
// everywhere (keyboard, no JavaScript). An item is picked up by its title line and dropped before,
// after or inside another; the server places it from the agenda as it is at that moment.
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { idleState } from "@/lib/form-state";
import { dropItemAction } from "../actions";
import styles from "./agenda.module.css";

type Scope = { slug: string; associationId: string; meetingId: string };
type Spot = "before" | "after" | "inside";

export function DragAndDrop({ scope, hint, children }: { scope: Scope; hint: string; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const container = root.current;
    if (!container) return;
    setReady(true);
    let dragged: HTMLElement | null = null;
    const itemOf = (event: Event) => (event.target as HTMLElement).closest<HTMLElement>("[data-item-id]");
    const spotOf = (item: HTMLElement, y: number): Spot => {
      const box = item.getBoundingClientRect();
      const at = (y - box.top) / box.height;
      return at < 0.3 ? "before" : at > 0.7 ? "after" : "inside";
    };
    const clear = () => container.querySelectorAll("[data-drop]").forEach((el) => el.removeAttribute("data-drop"));
    const grab = (event: PointerEvent) => {
      const handle = (event.target as HTMLElement).closest("[data-drag-handle]");
      const item = handle ? itemOf(event) : null;
      if (item) item.draggable = true;
    };
    const start = (event: DragEvent) => {
      dragged = itemOf(event);
      if (!dragged?.draggable) return;
      event.dataTransfer?.setData("text/plain", dragged.dataset.itemId ?? "");
      if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
    };
    const over = (event: DragEvent) => {
      const item = itemOf(event);
      if (!dragged || !item || item === dragged) return;
      event.preventDefault();
      clear();
      item.dataset.drop = spotOf(item, event.clientY);
    };
    const drop = (event: DragEvent) => {
      const item = itemOf(event);
      const moving = dragged;
      clear();
      if (!moving || !item || item === moving) return;
      event.preventDefault();
      const form = new FormData();
      for (const [key, value] of Object.entries(scope)) form.set(key, value);
      form.set("itemId", moving.dataset.itemId ?? "");
      form.set("targetId", item.dataset.itemId ?? "");
      form.set("spot", spotOf(item, event.clientY));
      startTransition(async () => {
        const answer = await dropItemAction(idleState, form);
        setError(answer.status === "error" ? (answer.message ?? null) : null);
      });
    };
    const end = () => {
      if (dragged) dragged.draggable = false;
      dragged = null;
      clear();
    };
    container.addEventListener("pointerdown", grab);
    container.addEventListener("dragstart", start);
    container.addEventListener("dragover", over);
    container.addEventListener("drop", drop);
    container.addEventListener("dragend", end);
    return () => {
      container.removeEventListener("pointerdown", grab);
      container.removeEventListener("dragstart", start);
      container.removeEventListener("dragover", over);
      container.removeEventListener("drop", drop);
      container.removeEventListener("dragend", end);
    };
  }, [scope]);

  return (
    <div ref={root} className={ready ? styles.dnd : undefined} aria-busy={pending}>
      {ready ? <p className="muted text-sm no-print">{hint}</p> : null}
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
