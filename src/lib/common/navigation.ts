/** One entry of the main navigation. */
export interface NavItem {
  label: string;
  href: string;
}

/** The main navigation, in the order of a participant's journey. */
export const mainNavigation: readonly NavItem[] = [
  { label: 'Start', href: '/' },
  { label: 'Stellingen', href: '/stellingen/' },
  { label: 'Lessen', href: '/lessen/' },
  { label: "Scenario's", href: '/scenarios/' },
  { label: 'Kompas', href: '/kompas/' },
  { label: 'Aan de slag', href: '/aan-de-slag/' },
  { label: 'Trainer', href: '/trainer/' },
  { label: 'Begrippen', href: '/begrippen/' },
  { label: 'Voortgang', href: '/voortgang/' },
  { label: 'Zoeken', href: '/zoeken/' },
];

/** Whether a nav item is the current page or one of its sub-pages. */
export function isCurrentSection(itemHref: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return itemHref === '/' ? path === '/' : path.startsWith(itemHref);
}
