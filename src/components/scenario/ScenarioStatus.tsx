import { useStore } from '@nanostores/preact';
import { ratingLabels } from '../../lib/scenario/ratings';
import { $scenarioRuns } from '../../stores/scenarios';
import { useHydrated } from '../common/use-hydrated-store';

/** "Gespeeld: Goed", "Bezig" or "Nog niet gespeeld" for one scenario, from this browser's progress. */
export function ScenarioStatus({ scenarioId }: { scenarioId: string }) {
  const hydrated = useHydrated();
  const run = useStore($scenarioRuns)[scenarioId];
  if (!hydrated) return null;
  if (run?.ending) {
    return <span class="pw-badge pw-badge--done">Gespeeld, laatste afloop: {ratingLabels[run.ending.rating]}</span>;
  }
  if (run && run.steps.length > 0) return <span class="pw-badge">Bezig</span>;
  return <span class="pw-badge pw-badge--new">Nog niet gespeeld</span>;
}
