import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation on the native <dialog>: focus is trapped, Escape cancels, focus returns on close. */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      class="pw-dialog"
      aria-labelledby="pw-dialog-title"
      onClose={() => {
        // Escape or close(). A late close event from an earlier round is ignored once the dialog is open again.
        if (!dialog.current?.open) onCancel();
      }}
    >
      <h2 id="pw-dialog-title">{title}</h2>
      {children}
      <div class="pw-button-row">
        <button
          type="button"
          class="nl-button nl-button--primary"
          onClick={() => {
            // Close first, so the dialog hands focus back before the page moves it somewhere new.
            dialog.current?.close();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" class="nl-button nl-button--secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </dialog>
  );
}
