import type { z } from 'zod';
import { ValidationError } from './errors';

/**
 * A zod failure as messages per form field: the first path segment names the
 * field, and a failure of the whole input is filed under "form".
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return fieldErrors;
}

/**
 * Parses input or throws ValidationError with Vietnamese messages keyed by
 * field name (the names of the form fields). Every lib/ mutation parses its
 * input with it, so a direct call cannot skip the checks of its form.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(fieldErrorsOf(result.error));
}
