import { PartMark } from './PartMark';

/** One row of an Indelen or Koppelen question: what to place, and a select of where it goes. */
export interface SelectRow {
  id: string;
  label: string;
  feedback?: string;
}

interface SelectInputProps {
  name: string;
  legend: string;
  rows: SelectRow[];
  choices: { value: string; label: string }[];
  assigned: Record<string, string>;
  parts?: Record<string, boolean>;
  /** Receives a change to apply to the choices as stored now, so quick changes in a row all count. */
  onChange: (change: (assigned: Record<string, string>) => Record<string, string>) => void;
}

/** A select per row: operable by keyboard, touch and screen reader, no dragging needed. */
export function SelectInput({ name, legend, rows, choices, assigned, parts, onChange }: SelectInputProps) {
  return (
    <fieldset disabled={Boolean(parts)}>
      <legend>{legend}</legend>
      <ul class="pw-quiz__rows">
        {rows.map((row) => {
          const id = `${name}-${row.id}`;
          return (
            <li key={row.id}>
              <label for={id}>{row.label}</label>
              <select
                id={id}
                value={assigned[row.id] ?? ''}
                onChange={(event) => {
                  const { value } = event.currentTarget;
                  onChange((current) => ({ ...current, [row.id]: value }));
                }}
              >
                <option value="">Kies…</option>
                {choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
              {parts && <PartMark right={parts[row.id] === true} feedback={row.feedback} />}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
