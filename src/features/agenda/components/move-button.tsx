"use client";
import { useFormStatus } from "react-dom";
import styles from "./agenda.module.css";

/** One of the up / down / indent / outdent buttons of an item's move form. */
export function MoveButton({ op, label, hint, disabled }: { op: string; label: string; hint: string; disabled: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="op" value={op} className={styles.small} disabled={disabled || pending} title={hint}>
      {label}
    </button>
  );
}
