import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("SourceSpan", {
  description: "Where a fact was read: character offsets into the document's text and the words themselves.",
  simpleResolvers: true,
})
export class SourceSpan {
  @Field(() => ID)
  documentId!: string;

  @Field(() => Int, { description: "UTF-16 offset of the first character." })
  start!: number;

  @Field(() => Int, { description: "UTF-16 offset after the last character." })
  end!: number;
}
