import type { UnreadableLine } from '../../lib/trainer/chat-tally';

/** The chat lines that held no readable answer, listed on request; the text is shown as plain text. */
export function UnreadableList({ lines, count }: { lines: UnreadableLine[]; count: number }) {
  if (count === 0) return null;
  return (
    <details class="pw-unreadable">
      <summary>Toon de {count === 1 ? 'regel' : `${count} regels`} zonder leesbaar antwoord</summary>
      <ol>
        {lines.map((line) => (
          <li key={line.lineNumber}>
            <span class="pw-meta">Regel {line.lineNumber}: </span>
            <code>{line.text}</code>
            {line.reason && <span class="pw-meta"> — {line.reason}</span>}
          </li>
        ))}
      </ol>
      {lines.length < count && (
        <p class="pw-meta">
          De eerste {lines.length} van {count} regels staan hier.
        </p>
      )}
    </details>
  );
}
