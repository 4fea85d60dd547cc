import type { z } from 'astro/zod';
import { plural } from '../lib/common/format';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** An author-facing error: which file, which fields, what was expected and how to fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly Issue[],
    input: unknown,
  ) {
    super(formatContentError(file, issues, input));
    this.name = 'ContentError';
  }
}

/** Validates content data against its schema and throws a ContentError naming the file when it does not fit. */
export function parseContent<Schema extends z.ZodType>(schema: Schema, data: unknown, file: string): z.output<Schema> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, result.error.issues, data);
  return result.data;
}

/** Turns validation issues into a message an author can act on, one bullet per field. */
export function formatContentError(file: string, issues: readonly Issue[], input: unknown): string {
  const lines = issues.map((issue) => formatIssue(issue, input));
  const count = plural(issues.length, 'problem', 'problems');
  return [`Content file ${file} has ${count}:`, ...lines].join('\n');
}

function formatIssue(issue: Issue, input: unknown): string {
  const field = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  const received = describeValue(value);
  const { expected, fix } = explain(issue, value === undefined);
  const receivedPart = issue.code === 'unrecognized_keys' || issue.code === 'custom' ? '' : `; received ${received}`;
  return `  • ${field}: ${expected}${receivedPart}.\n    Fix: ${fix}`;
}

function explain(issue: Issue, missing: boolean): { expected: string; fix: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = article(issue.expected);
      return {
        expected: `expected ${wanted}`,
        fix: missing ? `add this field with ${wanted}.` : `change it to ${wanted}.`,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return issue.values.length === 1
        ? { expected: `expected ${options}`, fix: `write exactly ${options}.` }
        : { expected: `expected one of ${options}`, fix: `use one of the allowed values: ${options}.` };
    }
    case 'too_small':
      return {
        expected: `expected ${sizeWord(issue.origin)} of at least ${issue.minimum}${unit(issue.origin, Number(issue.minimum))}`,
        fix:
          { array: `add items until there are at least ${issue.minimum}.`, number: 'use a larger number.' }[
            issue.origin as string
          ] ?? 'make it longer.',
      };
    case 'too_big':
      return {
        expected: `expected ${sizeWord(issue.origin)} of at most ${issue.maximum}${unit(issue.origin, Number(issue.maximum))}`,
        fix:
          { array: `remove items until there are at most ${issue.maximum}.`, number: 'use a smaller number.' }[
            issue.origin as string
          ] ?? 'make it shorter.',
      };
    case 'invalid_format':
      return issue.format === 'url'
        ? { expected: 'expected a full web address', fix: 'write a URL that starts with https://.' }
        : { expected: `expected the ${issue.format} format`, fix: `write it in the ${issue.format} format.` };
    case 'unrecognized_keys':
      return {
        expected: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
        fix: 'check the spelling against the authoring guide, or remove the field.',
      };
    case 'invalid_union':
      return { expected: issue.message.replace(/\.$/, ''), fix: 'use one of the values listed.' };
    case 'custom':
      return { expected: issue.message, fix: String(issue.params?.fix ?? 'see the authoring guide for this field.') };
    default:
      return { expected: issue.message, fix: 'see the authoring guide for this field.' };
  }
}

/** Formats a path as authors read it: `questions[2].options[0].label`, or `(file)` for the whole file. */
export function formatPath(path: readonly PathKey[]): string {
  if (path.length === 0) return '(the whole file)';
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a group of fields';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields',
  };
  return names[type] ?? type;
}

function sizeWord(origin: string): string {
  return origin === 'array' ? 'a list' : origin === 'string' ? 'a text' : 'a value';
}

function unit(origin: string, count: number): string {
  const s = count === 1 ? '' : 's';
  return origin === 'array' ? ` item${s}` : origin === 'string' ? ` character${s}` : '';
}
