import type { Round } from '../../lib/stellingen/score';
import type { CountedSender } from '../../lib/trainer/chat-tally';
import { describeAnswers, senderLabel } from '../../lib/trainer/chat-tally';

interface SenderListProps {
  senders: CountedSender[];
  round: Round;
  stellingIds: readonly string[];
  excluded: ReadonlySet<string>;
  onToggle: (sender: CountedSender) => void;
}

/** Who was counted in this round and for what, with a button per sender to leave them out or count them again. */
export function SenderList({ senders, round, stellingIds, excluded, onToggle }: SenderListProps) {
  const inRound = senders.filter((sender) => sender.answers[round]);
  if (inRound.length === 0) return null;
  return (
    <details class="pw-senders">
      <summary>
        Toon wie er is meegeteld ({inRound.length === 1 ? '1 afzender' : `${inRound.length} afzenders`})
      </summary>
      <p class="pw-meta">De namen staan alleen op dit scherm. Ze worden niet bewaard.</p>
      <ul>
        {inRound.map((sender) => {
          const left = excluded.has(sender.key);
          const name = senderLabel(sender);
          const action = left ? 'Weer meetellen' : 'Niet meetellen';
          return (
            <li key={sender.key} class={left ? 'pw-senders__left' : undefined}>
              <span>
                <strong>{name}</strong>: {describeAnswers(sender.answers[round] ?? {}, stellingIds)}
                {left && ' (telt niet mee)'}
              </span>
              <button
                type="button"
                class="nl-button nl-button--secondary"
                aria-label={`${action}: ${name}`}
                onClick={() => onToggle(sender)}
              >
                {action}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
