import type { PetIconId } from '../../lib/common/pet-icons';
import { petLabel } from '../../lib/common/pets';
import { PetIcon } from './PetIcon';

/** A pet's badge: icon and name in the pet's colours, the name being what it says. */
export function PetBadge({ pet, suffix }: { pet: PetIconId; suffix?: string }) {
  return (
    <span class={`pw-pet pw-pet--${pet}`} data-pet={pet}>
      <PetIcon pet={pet} />
      {petLabel(pet)}
      {suffix}
    </span>
  );
}
