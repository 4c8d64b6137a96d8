import { Field, ObjectType } from "type-graphql";

@ObjectType("PageInfo", { description: "Relay page information for forward paging with first/after.", simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when the page was asked for after a cursor." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null on an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge, to pass as `after`; null on an empty page." })
  endCursor!: string | null;
}
