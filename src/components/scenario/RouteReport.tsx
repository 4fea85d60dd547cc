import { pets } from '../../lib/common/pets';
import { petsWorn, type RouteStep } from '../../lib/scenario/engine';
import { PetBadge } from '../common/PetBadge';

/** "Jouw route": every step with the choice made and the pet it reflected, for the webinar discussion. */
export function RouteReport({ route }: { route: readonly RouteStep[] }) {
  const worn = petsWorn(route);
  return (
    <section class="pw-route" aria-labelledby="pw-route-title">
      <h3 id="pw-route-title">Jouw route</h3>
      <ol>
        {route.map((step, index) => (
          <li key={`${index}-${step.nodeId}`}>
            <strong>{step.nodeTitle}</strong>: {step.choiceLabel}
            {step.pet && (
              <>
                {' '}
                <PetBadge pet={step.pet} />
              </>
            )}
          </li>
        ))}
      </ol>
      {worn.length > 0 && (
        <p>Je keuzes passen bij: {worn.map(({ pet, count }) => `${pets[pet].label} (${count}×)`).join(', ')}.</p>
      )}
    </section>
  );
}
