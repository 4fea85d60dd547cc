import { useState } from 'preact/hooks';
import { roundLabels } from '../../lib/stellingen/labels';
import type { Round } from '../../lib/stellingen/score';
import { rounds } from '../../lib/stellingen/score';
import type { ChatTally, CountedSender } from '../../lib/trainer/chat-tally';
import { countSenders, senderLabel, tallyChat, toggleExcluded } from '../../lib/trainer/chat-tally';
import type { TallyCounts } from '../../lib/trainer/tally';
import { completeTally, emptyCounts } from '../../lib/trainer/tally';
import { $trainerTally } from '../../stores/trainer-tally';
import { clearTrainerTally, saveRoundTally } from '../../stores/trainer-tally-actions';
import { useHydratedStore } from '../common/use-hydrated-store';
import { CountsTable } from './CountsTable';
import type { StellingSummary } from './labels';
import { SenderList } from './SenderList';
import { ShiftTable } from './ShiftTable';
import { TallyBars } from './TallyBars';
import { UnreadableList } from './UnreadableList';

// lib/common/format.ts's plural, kept here: importing it put format.ts in a chunk of its own on this page and the
// deck (about 200 B gzip each, measured).
const plural = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

/** Paste the chat or type counts, see bars per stelling, save per round and compare the rounds. */
export function TallyTool({ stellingen }: { stellingen: StellingSummary[] }) {
  const ids = stellingen.map((stelling) => stelling.id);
  const [round, setRound] = useState<Round>('voormeting');
  const [chat, setChat] = useState('');
  const [parsed, setParsed] = useState<ChatTally>();
  const [counts, setCounts] = useState<TallyCounts>(() => completeTally({}, ids));
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const saved = useHydratedStore($trainerTally);

  // Counts the senders of a parsed chat without the excluded ones; returns the respondents sentence.
  const show = (result: ChatTally, forRound: Round, leaveOut: ReadonlySet<string>) => {
    const shown = countSenders(result.senders, ids, leaveOut);
    setCounts(completeTally(shown.counts[forRound], ids));
    const left = result.senders.filter((sender) => sender.answers[forRound] && leaveOut.has(sender.key)).length;
    return (
      `${plural(shown.respondents[forRound], 'deelnemer', 'deelnemers')} met een antwoord voor de ${forRound}` +
      (left > 0 ? `, ${left} niet meegeteld.` : '.')
    );
  };
  const count = (text = chat, forRound = round) => {
    const result = tallyChat(text, { stellingIds: ids, round: forRound });
    setParsed(result);
    const other = forRound === 'voormeting' ? 'nameting' : 'voormeting';
    setStatus(
      `${show(result, forRound, excluded)} ${plural(result.unreadableCount, 'regel', 'regels')} zonder leesbaar antwoord.` +
        (result.respondents[other] > 0 ? ` Er staan ook antwoorden voor de ${other} in de chat.` : '') +
        (result.truncated ? ' De tekst was te lang; alleen het begin is gelezen.' : ''),
    );
  };
  const toggle = (sender: CountedSender) => {
    if (!parsed) return;
    const next = toggleExcluded(excluded, sender.key);
    setExcluded(next);
    const change = next.has(sender.key) ? 'telt niet mee' : 'telt weer mee';
    setStatus(`${senderLabel(sender)} ${change}. ${show(parsed, round, next)}`);
  };
  const chooseRound = (next: Round) => {
    setRound(next);
    if (parsed) count(chat, next);
  };
  const save = () => {
    const summary = parsed && {
      deelnemers: countSenders(parsed.senders, ids, excluded).respondents[round],
      onleesbaar: parsed.unreadableCount,
    };
    saveRoundTally(round, counts, summary);
    setStatus(`De aantallen zijn bewaard als ${round}. Alleen de aantallen, geen namen of chattekst.`);
  };

  return (
    <div class="pw-tally pw-needs-script">
      <fieldset class="pw-round-picker">
        <legend>Welke ronde tel je?</legend>
        {rounds.map((option) => (
          <label key={option}>
            <input type="radio" name="ronde" checked={round === option} onChange={() => chooseRound(option)} />{' '}
            {roundLabels[option]}
          </label>
        ))}
      </fieldset>
      <label for="chat-tekst">Plak hier de chat (Zoom, Teams of gewone tekst)</label>
      <textarea id="chat-tekst" rows={8} value={chat} onInput={(event) => setChat(event.currentTarget.value)} />
      <div class="pw-button-row">
        <button type="button" class="nl-button nl-button--primary" onClick={() => count()}>
          Tel de antwoorden
        </button>
        <button type="button" class="nl-button nl-button--secondary" onClick={() => setChat('')}>
          Maak het vak leeg
        </button>
      </div>
      <p role="status" class="pw-tally__status">
        {status}
      </p>
      {parsed && (
        <SenderList senders={parsed.senders} round={round} stellingIds={ids} excluded={excluded} onToggle={toggle} />
      )}
      {parsed && <UnreadableList lines={parsed.unreadable} count={parsed.unreadableCount} />}

      <h2>{roundLabels[round]}: antwoorden per stelling</h2>
      {stellingen.map((stelling) => (
        <section key={stelling.id} aria-labelledby={`telling-${stelling.id}`} class="pw-tally__stelling">
          <h3 id={`telling-${stelling.id}`}>
            Stelling {stelling.order}: {stelling.statement}
          </h3>
          <TallyBars counts={counts[stelling.id] ?? emptyCounts()} />
        </section>
      ))}
      <details class="pw-tally__manual">
        <summary>Zelf tellen of aantallen aanpassen</summary>
        <CountsTable stellingen={stellingen} counts={counts} onChange={setCounts} />
      </details>
      <div class="pw-button-row">
        <button type="button" class="nl-button nl-button--primary" onClick={save}>
          Bewaar als {round}
        </button>
        <button type="button" class="nl-button nl-button--secondary" onClick={clearTrainerTally}>
          Wis bewaarde tellingen
        </button>
      </div>

      <h2>Voor en na: de verschuiving in de groep</h2>
      {saved.voormeting || saved.nameting ? (
        <ShiftTable stellingen={stellingen} before={saved.voormeting} after={saved.nameting} />
      ) : (
        <p>Er is nog niets bewaard. Bewaar eerst de voormeting, en aan het eind de nameting.</p>
      )}
    </div>
  );
}
