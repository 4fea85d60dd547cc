import { capPath, emblemPaths, type PetIconId, petLabel } from '../../lib/common/pet-icons';

interface PetIconProps {
  pet: PetIconId;
  /** Only for an icon that stands alone: then the label is its text alternative. Beside a label, leave it out. */
  alone?: boolean;
}

/**
 * A pet's icon as inline SVG, in currentColor. Rendered by Astro without JavaScript and by islands alike, so
 * every page draws the same shapes. Beside a visible label it is hidden from screen readers.
 */
export function PetIcon({ pet, alone = false }: PetIconProps) {
  const emblem = emblemPaths[pet];
  return (
    <svg
      class={`pw-pet-icon pw-pet-icon--${pet}`}
      viewBox="0 0 24 24"
      focusable="false"
      role={alone ? 'img' : undefined}
      aria-label={alone ? petLabel(pet) : undefined}
      aria-hidden={alone ? undefined : 'true'}
    >
      <path d={capPath} />
      {emblem.stroke && <path d={emblem.stroke} />}
      {emblem.fill && <path class="pw-pet-icon__fill" d={emblem.fill} />}
    </svg>
  );
}

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
