import { readdirSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { loadWetgeving } from '../lib/wetgeving/data';
import { type CheckedLesson, staleLessonWarnings, staleWetWarnings } from '../lib/wetgeving/freshness';

const lessonsFolder = 'content/lessons';

/** The checkedOn date of every lesson, read from its frontmatter (the schema has already checked its form). */
function lessonDates(): CheckedLesson[] {
  return readdirSync(lessonsFolder)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const file = `${lessonsFolder}/${name}`;
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1];
      const checkedOn: unknown = frontmatter ? (parse(frontmatter) as { checkedOn?: unknown }).checkedOn : undefined;
      const date = checkedOn instanceof Date ? checkedOn.toISOString().slice(0, 10) : checkedOn;
      return typeof date === 'string' ? [{ file, checkedOn: date }] : [];
    });
}

/**
 * Warns at every build (it does not fail) when a law's status or a lesson was last checked more than six months
 * ago, so an outdated status is noticed before a trainer prints it.
 */
export function contentFreshness(): AstroIntegration {
  return {
    name: 'pettenwijzer-freshness',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const today = new Date().toISOString().slice(0, 10);
        const warnings = [...staleWetWarnings(loadWetgeving(), today), ...staleLessonWarnings(lessonDates(), today)];
        for (const warning of warnings) logger.warn(`WARNING ${warning}`);
      },
    },
  };
}
