/**
 * The option shapes generators share, each with its validation in one place: free text that becomes a string
 * literal, bounded integers, and JavaScript identifiers (checked as identifiers, reserved words refused), so an
 * option either parses into a value the builders can only write as a literal or identifier, or fails naming itself.
 */
import { z } from 'zod';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RESERVED_WORDS = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await async arguments eval undefined NaN Infinity')
    .split(' '),
);

export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name);
}

/**
 * A name the generated module exports or declares. `takenNames` answers the names the generated code already uses
 * (read lazily, when an option is parsed), which the option may not take.
 */
export function identifierOption(description: string, fallback: string, takenNames: () => ReadonlySet<string>) {
  return z
    .string()
    .refine(isIdentifierName, { message: 'must be a JavaScript identifier (letters, digits, _ or $, not starting with a digit, not a reserved word)' })
    .refine((name) => name === fallback || !takenNames().has(name), { message: 'is a name the generated code already uses' })
    .default(fallback)
    .describe(description);
}

/** Text written into the code as a string literal (a key prefix, a client name): any characters are safe. */
export function textOption(description: string, fallback: string, maxLength = 256) {
  return z.string().max(maxLength).default(fallback).describe(description);
}

export function integerOption(description: string, fallback: number, bounds: { readonly min: number; readonly max: number }) {
  return z.number().int().min(bounds.min).max(bounds.max).default(fallback).describe(description);
}

export function flagOption(description: string, fallback: boolean) {
  return z.boolean().default(fallback).describe(description);
}
