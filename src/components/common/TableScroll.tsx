import type { ComponentChildren } from 'preact';

interface TableScrollProps {
  /** Names the region for screen readers; the table's caption is a good choice. */
  label: string;
  children: ComponentChildren;
}

/**
 * A wide table that scrolls sideways on a phone, as a named region. It takes keyboard focus, so people who do
 * not use a mouse can scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: TableScrollProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll it by keyboard.
    <section class="pw-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
