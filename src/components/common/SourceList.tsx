import type { Source } from '../../schemas/common';

interface SourceListProps {
  sources: readonly Source[];
}

/** The "Bronnen" list of a lesson, stelling or scenario ending: a link per source, or its note when unpublished. */
export function SourceList({ sources }: SourceListProps) {
  return (
    <ul>
      {sources.map((source) => (
        <li key={source.url ?? source.title}>
          {source.url ? <a href={source.url}>{source.title}</a> : `${source.title} (${source.note})`}
        </li>
      ))}
    </ul>
  );
}
