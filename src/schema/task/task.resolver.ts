import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { GraphNode, TaskNode } from "../../domain/model.js";
import type { GraphContext } from "../context.js";
import { checkRange, DEFAULT_LEGAL_BASIS_DEPTH, DEFAULT_PAGE_SIZE, MAX_LEGAL_BASIS_DEPTH } from "../common/limits.js";
import { loadExisting, loadOfKind } from "../common/load.js";
import { loadNeighbours, loadRelated } from "../common/neighbours.js";
import { Document } from "../document/document.type.js";
import { toPathStep } from "../graph/path-step.type.js";
import { LegalBasisPath } from "../legal-instrument/legal-basis-path.type.js";
import { Place } from "../place/place.type.js";
import { Project } from "../project/project.type.js";
import { Provision } from "../provision/provision.type.js";
import { Target } from "../target/target.type.js";
import { Citation } from "./citation.type.js";
import { Responsibility } from "./responsibility.type.js";
import { findTaskConnection } from "./task-connection.js";
import { TaskConnection } from "./task-connection.type.js";
import { buildTaskFilter } from "./task-filter.js";
import { TaskWhere } from "./task-where.input.js";
import { Task } from "./task.type.js";

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, { description: "Tasks matching every criterion given, ordered by id, paged." })
  async tasks(
    @Arg("where", () => TaskWhere, { nullable: true }) where: TaskWhere | null | undefined,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: "1 to 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<TaskConnection> {
    return findTaskConnection(context, await buildTaskFilter(where, context), first, after);
  }

  @Query(() => Task, { nullable: true, description: "Null when no task has this id." })
  task(@Arg("id", () => ID) id: string, @Ctx() { loaders }: GraphContext): Promise<TaskNode | null> {
    return loadOfKind(loaders, id, "Task");
  }

  @FieldResolver(() => Provision, { description: "The provision the sentence stands in." })
  provision(@Root() task: TaskNode, @Ctx() { loaders }: GraphContext): Promise<GraphNode> {
    return loadExisting(loaders, task.provisionId);
  }

  @FieldResolver(() => Document)
  document(@Root() task: TaskNode, @Ctx() { loaders }: GraphContext): Promise<GraphNode> {
    return loadExisting(loaders, task.documentId);
  }

  @FieldResolver(() => [Place], {
    description: "Every place the sentence names; the issuer's jurisdiction when it names none.",
  })
  places(@Root() task: TaskNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, task.id, "LOCATED_IN", "out", "Place");
  }

  @FieldResolver(() => [Responsibility])
  async responsibilities(@Root() task: TaskNode, @Ctx() context: GraphContext): Promise<Responsibility[]> {
    const neighbours = await loadNeighbours(context, task.id, "RESPONSIBLE", "out");
    return neighbours.map(({ edge, node }) => ({ role: edge.role!, body: node, source: edge.source }));
  }

  @FieldResolver(() => [Project])
  projects(@Root() task: TaskNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, task.id, "CONCERNS", "out", "Project");
  }

  @FieldResolver(() => [Citation], { description: "Instruments the task's own sentence cites." })
  async citations(@Root() task: TaskNode, @Ctx() context: GraphContext): Promise<Citation[]> {
    const neighbours = await loadNeighbours(context, task.id, "CITES", "out");
    return neighbours.map(({ edge, node }) => ({ instrument: node, source: edge.source }));
  }

  @FieldResolver(() => [Target])
  targets(@Root() task: TaskNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, task.id, "HAS_TARGET", "out", "Target");
  }

  @FieldResolver(() => [LegalBasisPath], {
    description:
      "Every instrument the task rests on, each with its shortest chain of steps: what its sentence cites, what " +
      "the provisions above it cite, the document's \"Căn cứ\", and onward through AMENDS, BASED_ON and CITES. " +
      "Ordered by depth, then instrument id.",
  })
  async legalBasis(
    @Root() task: TaskNode,
    @Arg("maxDepth", () => Int, { nullable: true, defaultValue: DEFAULT_LEGAL_BASIS_DEPTH, description: "1 to 12 steps." })
    maxDepth: number | null,
    @Ctx() { loaders }: GraphContext,
  ): Promise<LegalBasisPath[]> {
    const depth = checkRange("maxDepth", maxDepth, DEFAULT_LEGAL_BASIS_DEPTH, 1, MAX_LEGAL_BASIS_DEPTH);
    const paths = await loaders.legalBasis(depth).load(task.id);
    // Instruments and steps as plain values: the answer's many fields then use default resolvers.
    return paths.map((path) => ({ instrument: path.instrument, depth: path.depth, steps: path.steps.map(toPathStep) }));
  }
}
