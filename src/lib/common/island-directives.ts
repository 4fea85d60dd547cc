// The site hydrates islands with its own directives (src/directives/), which render an island in a task of its
// own; Astro's plain `client:load` and `client:visible` would quietly bring back the long task on a slow phone.

import type { SourceFile } from './internal-links';

/** Astro's directive, and the site's own that replaces it (registered by src/integrations/yielding-hydration.ts). */
export const replacedDirectives = {
  'client:load': 'client:load-yielding',
  'client:visible': 'client:visible-yielding',
};

/** Each use of a replaced directive in the given sources, as "file:line uses X; write Y …". */
export function findReplacedDirectives(sources: readonly SourceFile[]): string[] {
  const written = /\bclient:(?:load|visible)(?![\w-])/g;
  return sources.flatMap((source) =>
    source.text.split('\n').flatMap((text, index) =>
      [...text.matchAll(written)].map(([directive]) => {
        const replacement = replacedDirectives[directive as keyof typeof replacedDirectives];
        return `${source.path}:${index + 1} uses ${directive}; write ${replacement}, which renders the island in a task of its own (src/directives/).`;
      }),
    ),
  );
}
