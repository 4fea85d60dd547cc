import { useState } from 'preact/hooks';

/** The round's answer code, large enough to read and type, with a copy button for the webinar chat. */
export function AnswerCode({ code }: { code: string }) {
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('De code is gekopieerd. Plak hem in de chat van het webinar.');
    } catch {
      setCopied('Kopiëren lukte niet. Neem de code over door hem over te typen.');
    }
  };
  return (
    <div class="pw-answer-code">
      <p>
        Jouw antwoordcode voor de chat: <code class="pw-answer-code__value">{code}</code>
      </p>
      <button type="button" class="nl-button nl-button--secondary" onClick={copy}>
        Kopieer code
      </button>
      <p class="pw-meta" role="status">
        {copied}
      </p>
      <p class="pw-meta">
        De code bevat alleen je antwoorden, niet je naam. De trainer telt zo de antwoorden van de groep.
      </p>
    </div>
  );
}
