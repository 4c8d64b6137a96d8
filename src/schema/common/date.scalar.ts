import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkDate(value: unknown): string {
  if (typeof value === "string" && ISO_DATE.test(value)) return value;
  throw new GraphQLError(`Date must be an ISO calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

/** Calendar dates as the documents give them: no time of day, no time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "An ISO 8601 calendar date, YYYY-MM-DD.",
  serialize: checkDate,
  parseValue: checkDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError("Date must be a string YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    }
    return checkDate(ast.value);
  },
});
