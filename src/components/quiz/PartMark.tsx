/** Says in words (not only colour) whether one option, item or step was right, with optional feedback. */
export function PartMark({
  right,
  feedbackHtml,
  feedback,
}: {
  right: boolean;
  feedbackHtml?: string;
  feedback?: string;
}) {
  return (
    <span class={`pw-part-mark ${right ? 'pw-part-mark--right' : 'pw-part-mark--wrong'}`}>
      <strong>{right ? '✓ Goed' : '✗ Niet goed'}</strong>
      {feedbackHtml && <span dangerouslySetInnerHTML={{ __html: ` ${feedbackHtml}` }} />}
      {feedback && <span> {feedback}</span>}
    </span>
  );
}
