import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { GraphNode, ProjectNode } from "../../domain/model.js";
import type { NodeFilter } from "../../graph/graph-store.js";
import { Body } from "../body/body.type.js";
import type { GraphContext } from "../context.js";
import { DEFAULT_PAGE_SIZE } from "../common/limits.js";
import { loadRelated } from "../common/neighbours.js";
import { checkText } from "../common/text-input.js";
import { Place } from "../place/place.type.js";
import { findTaskConnection } from "../task/task-connection.js";
import { TaskConnection } from "../task/task-connection.type.js";
import { ProjectWhere } from "./project-where.input.js";
import { Project } from "./project.type.js";

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => [Project], { description: "Projects matching every criterion given, ordered by id." })
  projects(
    @Arg("where", () => ProjectWhere, { nullable: true }) where: ProjectWhere | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<GraphNode[]> {
    const filter: NodeFilter = {};
    const text = checkText("text", where?.text, context);
    if (text) filter.text = text;
    if (where?.documentId) filter.documentId = where.documentId;
    return context.store.listNodes("Project", filter);
  }

  @FieldResolver(() => [Place])
  places(@Root() project: ProjectNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, project.id, "LOCATED_IN", "out", "Place");
  }

  @FieldResolver(() => [Body], { description: "Investors (chủ đầu tư)." })
  investors(@Root() project: ProjectNode, @Ctx() context: GraphContext): Promise<GraphNode[]> {
    return loadRelated(context, project.id, "INVESTED_BY", "out", "Body");
  }

  @FieldResolver(() => TaskConnection, { description: "Tasks concerning the project, ordered by id." })
  tasks(
    @Root() project: ProjectNode,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: GraphContext,
  ): Promise<TaskConnection> {
    return findTaskConnection(context, { projectId: project.id }, first, after);
  }
}
