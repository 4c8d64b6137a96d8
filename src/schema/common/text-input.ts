import { BadUserInputError } from "../../domain/errors.js";
import type { GraphContext } from "../context.js";

/** A free-text argument: trimmed, empty means absent, longer than the limit is refused. */
export function checkText(argument: string, value: string | null | undefined, { limits }: GraphContext): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (text.length > limits.maxSearchLength) {
    throw new BadUserInputError(`${argument} must be at most ${limits.maxSearchLength} characters`, {
      argument,
      max: limits.maxSearchLength,
    });
  }
  return text;
}

export function checkOneOf(names: [string, string], values: [unknown, unknown]): void {
  const given = values.filter((value) => value !== null && value !== undefined).length;
  if (given !== 1) throw new BadUserInputError(`Give exactly one of ${names[0]} and ${names[1]}`, { arguments: names });
}
