import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ProvisionNode, SourceSpan as SourceSpanValue } from "../../domain/model.js";
import type { GraphContext } from "../context.js";
import { Provision } from "../provision/provision.type.js";
import { SourceSpan } from "./source-span.type.js";

@Resolver(() => SourceSpan)
export class SourceSpanResolver {
  @FieldResolver(() => String, { description: "The quoted words: the document's text between start and end." })
  async text(@Root() span: SourceSpanValue, @Ctx() { loaders }: GraphContext): Promise<string> {
    const document = await loaders.node.load(span.documentId);
    return document?.kind === "Document" ? document.text.slice(span.start, span.end) : "";
  }

  @FieldResolver(() => Provision, {
    nullable: true,
    description: "The innermost provision whose text holds these words; null for the title, the preamble (\"Căn cứ\", \"Xét\") and the closing.",
  })
  async provision(@Root() span: SourceSpanValue, @Ctx() { loaders }: GraphContext): Promise<ProvisionNode | null> {
    const provisions = await loaders.documentProvisions.load(span.documentId);
    let innermost: ProvisionNode | null = null;
    for (const provision of provisions) {
      const own = provision.source;
      if (!own || own.start > span.start || own.end < span.end) continue;
      if (!innermost || own.end - own.start <= innermost.source!.end - innermost.source!.start) innermost = provision;
    }
    return innermost;
  }
}
