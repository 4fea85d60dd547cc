import { capPath, emblemPaths, type PetIconId } from '../../lib/common/pet-icons';

/**
 * A pet's icon as inline SVG, in currentColor, always beside a visible label (which is its text alternative, so
 * the icon is hidden from screen readers). Rendered by Astro without JavaScript and by islands alike, so every page
 * draws the same shapes.
 */
export function PetIcon({ pet }: { pet: PetIconId }) {
  const emblem = emblemPaths[pet];
  return (
    <svg class={`pw-pet-icon pw-pet-icon--${pet}`} viewBox="0 0 24 24" focusable="false" aria-hidden="true">
      <path d={capPath} />
      {emblem.stroke && <path d={emblem.stroke} />}
      {emblem.dots && <path class="pw-pet-icon__dots" d={emblem.dots} />}
      {emblem.fill && <path class="pw-pet-icon__fill" d={emblem.fill} />}
    </svg>
  );
}
