import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../common/page-info.type.js";

@ObjectType("TaskEdge", { simpleResolvers: true })
export class TaskEdge {
  @Field(() => String, { description: "Opaque; pass it as `after` to continue after this task." })
  cursor!: string;

  /** Resolved through the node loader (TaskEdgeResolver). */
  taskId!: string;
}

@ObjectType("TaskConnection", { description: "A page of tasks, ordered by task id.", simpleResolvers: true })
export class TaskConnection {
  @Field(() => [TaskEdge])
  edges!: TaskEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of tasks matching, over all pages." })
  totalCount!: number;
}
