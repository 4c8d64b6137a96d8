import { type GraphQLSchema, isInterfaceType, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { BodyResolver } from "./body/body.resolver.js";
import { resolveNodeType } from "./common/node.interface.js";
import { SourceSpanResolver } from "./common/source-span.resolver.js";
import { DocumentResolver } from "./document/document.resolver.js";
import { GraphResolver, SearchHitResolver, TaskCountResolver } from "./graph/graph.resolver.js";
import { GraphPathResolver, PathStepResolver } from "./graph/path-step.resolver.js";
import { LegalInstrumentResolver } from "./legal-instrument/legal-instrument.resolver.js";
import { PlaceResolver } from "./place/place.resolver.js";
import { ProjectResolver } from "./project/project.resolver.js";
import { ProvisionResolver } from "./provision/provision.resolver.js";
import { TargetResolver } from "./target/target.resolver.js";
import { TaskEdgeResolver } from "./task/task-edge.resolver.js";
import { TaskResolver } from "./task/task.resolver.js";

let built: Promise<GraphQLSchema> | undefined;

/** The API schema, built once per process (type-graphql keeps its metadata globally). */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      TaskResolver,
      TaskEdgeResolver,
      PlaceResolver,
      BodyResolver,
      ProjectResolver,
      DocumentResolver,
      LegalInstrumentResolver,
      ProvisionResolver,
      TargetResolver,
      GraphResolver,
      SearchHitResolver,
      TaskCountResolver,
      PathStepResolver,
      GraphPathResolver,
      SourceSpanResolver,
    ],
    validate: false,
  }).then(resolveNodeTypeAtOnce);
  return built;
}

/**
 * type-graphql wraps every resolveType in an async function. Compiled execution
 * (graphql-jit) only takes a type name, not a promise of one, and graphql-js too
 * answers sooner without a promise per node; the name is known at once.
 */
function resolveNodeTypeAtOnce(schema: GraphQLSchema): GraphQLSchema {
  const node = schema.getType("Node");
  if (!isInterfaceType(node)) throw new Error("The schema has no Node interface");
  node.resolveType = resolveNodeType;
  return schema;
}

/** The schema as SDL, types and fields sorted so the committed file only changes when the API does. */
export function printGraphSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
