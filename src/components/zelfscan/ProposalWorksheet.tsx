import type { Proposal } from '../../lib/zelfscan/data';
import { maxScanText, proposalFields, proposalLabels } from '../../lib/zelfscan/data';
import { setProposalField } from '../../stores/zelfscan-actions';

/** The worksheet for a proposal on one gap: pros, cons, what the partners prefer and what it means for the organisation. */
export function ProposalWorksheet({ questionId, proposal }: { questionId: string; proposal?: Proposal }) {
  return (
    <fieldset class="pw-worksheet">
      <legend>Werkblad: jouw voorstel voor een beleidskeuze</legend>
      {proposalFields.map((field) => {
        const id = `pw-voorstel-${questionId}-${field}`;
        const text = proposal?.[field] ?? '';
        return (
          <div key={field} class="pw-worksheet__field">
            <label for={id}>{proposalLabels[field]}</label>
            <textarea
              id={id}
              rows={3}
              maxLength={maxScanText}
              value={text}
              onInput={(event) => setProposalField(questionId, field, event.currentTarget.value)}
            />
            <div class="pw-print-only pw-typed-text pw-worksheet__print">{text}</div>
          </div>
        );
      })}
    </fieldset>
  );
}
