import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SourceSpan as SourceSpanValue } from "../../domain/model.js";
import type { GraphContext } from "../context.js";
import { SourceSpan } from "./source-span.type.js";

@Resolver(() => SourceSpan)
export class SourceSpanResolver {
  @FieldResolver(() => String, { description: "The quoted words: the document's text between start and end." })
  async text(@Root() span: SourceSpanValue, @Ctx() { loaders }: GraphContext): Promise<string> {
    const document = await loaders.node.load(span.documentId);
    return document?.kind === "Document" ? document.text.slice(span.start, span.end) : "";
  }
}
