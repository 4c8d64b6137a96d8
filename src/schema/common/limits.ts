import { BadUserInputError } from "../../domain/errors.js";
import { MAX_LEGAL_BASIS_DEPTH } from "../../graph/shared/graph-bounds.js";

export { MAX_LEGAL_BASIS_DEPTH };

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_LEGAL_BASIS_DEPTH = 8;
export const DEFAULT_PATH_HOPS = 4;
export const MAX_PATH_HOPS = 6;
export const DEFAULT_PATH_LIMIT = 10;
export const DEFAULT_NEIGHBOURHOOD_SIZE = 50;
export const MAX_NEIGHBOURHOOD_SIZE = 200;
export const MAX_NEIGHBOURHOOD_NODES = 20;

/** An integer argument inside [min, max], else BAD_USER_INPUT naming the argument. */
export function checkRange(argument: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const actual = value ?? fallback;
  if (!Number.isInteger(actual) || actual < min || actual > max) {
    throw new BadUserInputError(`${argument} must be between ${min} and ${max}, got ${actual}`, { argument, min, max });
  }
  return actual;
}

export function checkFirst(first: number | null | undefined): number {
  return checkRange("first", first, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
}
