import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** What reading a chosen file gives: the value to preview, or why the file was refused. */
export type FileReading<T> = { ok: true; value: T } | { ok: false; reason: string };

interface JsonFilePickerProps<T> {
  id: string;
  label: string;
  /** Checks the file's text; may load its checking code on demand. */
  parse: (text: string) => Promise<FileReading<T>> | FileReading<T>;
  /** Called with the value to preview, or undefined when a new file is being read or was refused. */
  onRead: (value: T | undefined) => void;
}

// Every file this site writes is far smaller; a larger one is refused before the browser reads it into memory.
const maxFileBytes = 5_000_000;

/** A file input for a JSON export: a refused file is named with its reason and changes nothing. */
export function JsonFilePicker<T>({ id, label, parse, onRead }: JsonFilePickerProps<T>) {
  const [error, setError] = useState('');
  const read = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    onRead(undefined);
    if (!chosen) return;
    const reading: FileReading<T> =
      chosen.size > maxFileBytes
        ? { ok: false, reason: 'Het bestand is te groot (meer dan 5 MB). Een export van Pettenwijzer is veel kleiner.' }
        : await parse(await chosen.text());
    input.value = '';
    if (!reading.ok) return setError(`Dit bestand kan niet worden ingelezen. ${reading.reason} Er is niets veranderd.`);
    setError('');
    onRead(reading.value);
  };
  return (
    <>
      <label for={id}>{label}</label>
      <br />
      <input id={id} type="file" accept="application/json,.json" onChange={(event) => read(event.currentTarget)} />
      {error && (
        <p class="pw-notice pw-notice--negative" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

interface ImportPreviewProps {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}

/** What an import would do, with the buttons to go ahead or cancel. Nothing changes before confirming. */
export function ImportPreview({ title, confirmLabel, onConfirm, onCancel, children }: ImportPreviewProps) {
  return (
    <div class="pw-card">
      <h3>{title}</h3>
      {children}
      <div class="pw-button-row">
        <button type="button" class="nl-button nl-button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="nl-button nl-button--secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </div>
  );
}
