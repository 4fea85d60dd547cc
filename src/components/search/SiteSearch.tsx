import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../lib/search/simple-search';
import { type SearchEngine, searchSite } from './search-engines';

type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; query: string }
  | { kind: 'done'; query: string; engine: SearchEngine; results: SearchHit[] }
  | { kind: 'failed' };

/** Site search over lessons, stellingen, scenarios and the glossary; the query is kept in ?q= for reload and sharing. */
export function SiteSearch() {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  // Only the newest search may show its results: the first one waits for the index and can finish last.
  const newestRun = useRef(0);

  const run = async (text: string) => {
    const trimmed = text.trim().slice(0, 200);
    const url = new URL(window.location.href);
    if (trimmed) url.searchParams.set('q', trimmed);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    const thisRun = ++newestRun.current;
    if (!trimmed) return setState({ kind: 'idle' });
    setState({ kind: 'searching', query: trimmed });
    const next: SearchState = await searchSite(trimmed).then(
      (found) => ({ kind: 'done', query: trimmed, ...found }),
      () => ({ kind: 'failed' }),
    );
    if (thisRun === newestRun.current) setState(next);
  };

  useEffect(() => {
    // Keep what someone typed before the page finished loading; otherwise start from ?q=.
    const initial = input.current?.value || new URLSearchParams(window.location.search).get('q') || '';
    setQuery(initial);
    if (initial) void run(initial);
  }, []);

  return (
    <div class="pw-search">
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // The field itself, not the last render's state: fast typing can be ahead of the render.
            void run(input.current?.value ?? query);
          }}
        >
          <label for="pw-search-input">Zoek in lessen, stellingen, scenario's en begrippen</label>
          <div class="pw-search__row">
            <input
              ref={input}
              id="pw-search-input"
              type="search"
              name="q"
              value={query}
              autocomplete="off"
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <button type="submit" class="nl-button nl-button--primary">
              Zoeken
            </button>
          </div>
        </form>
      </search>
      <p role="status" class="pw-search__status">
        {state.kind === 'searching' && 'Bezig met zoeken…'}
        {state.kind === 'failed' && 'Zoeken lukt nu niet. Probeer het opnieuw, of gebruik de lijst met lessen.'}
        {state.kind === 'done' &&
          (state.results.length === 0
            ? `Niets gevonden voor "${state.query}". Probeer een ander woord.`
            : `${state.results.length} ${state.results.length === 1 ? 'resultaat' : 'resultaten'} voor "${state.query}".`)}
      </p>
      {state.kind === 'done' && state.engine === 'eenvoudig' && (
        <p class="pw-meta">
          Je browser laat de snelle zoekfunctie niet toe (WebAssembly staat uit). Daarom zoek je nu op een eenvoudige
          manier. Je vindt dezelfde pagina's, maar de volgorde kan anders zijn.
        </p>
      )}
      {state.kind === 'done' && state.results.length > 0 && (
        <ol class="pw-search__results" data-engine={state.engine}>
          {state.results.map((result) => (
            <li key={result.url}>
              <a href={result.url}>{result.meta.title ?? result.url}</a>
              {result.meta.soort && <span class="pw-meta"> · {result.meta.soort}</span>}
              {/* Pagefind escapes the indexed text; its only markup is <mark> around the matched words. */}
              <p dangerouslySetInnerHTML={{ __html: result.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
