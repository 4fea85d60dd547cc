// The project's own client directives (src/integrations/yielding-hydration.ts), known to `astro check`.
declare module 'astro' {
  interface AstroClientDirectives {
    'client:load-yielding'?: boolean;
    'client:visible-yielding'?: boolean;
  }
}

export {};
