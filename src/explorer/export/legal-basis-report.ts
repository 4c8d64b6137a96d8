import { describeStatus, nodeTitle, RELATION_HINTS } from "../labels.js";
import { routeForNode, routeHref } from "../routing/route.js";
import type { Chain, Quote, SharedChain } from "./legal-basis-chains.js";
import { abbreviate, isStructural } from "./quote-text.js";

export interface ReportContext {
  /** e.g. `http://127.0.0.1:4000`, for links back to the explorer. */
  origin: string;
  /** Titles of the documents quotes come from, by id. */
  documentTitles: ReadonlyMap<string, string>;
  generatedAt: Date;
}

const STRUCTURE_NOTE =
  "Structural steps (PART_OF) quote only the start of the part's words; the offsets give the whole span in the document's text.";

function quoteBlock(text: string): string {
  return text
    .split("\n")
    .map((line) => `   > ${line}`)
    .join("\n");
}

function describeQuote(quote: Quote, context: ReportContext): string {
  const document = context.documentTitles.get(quote.documentId) ?? quote.documentId;
  const where = quote.provisionPath ? `${quote.provisionPath}` : "preamble or closing, outside the articles";
  return `   — from *${document}*, ${where}, characters ${quote.start}–${quote.end}`;
}

function link(context: ReportContext, node: Parameters<typeof routeForNode>[0]): string {
  return context.origin + routeHref(routeForNode(node));
}

/** One chain as a numbered list of steps, each with its relation, node and quote. */
export function formatChain(chain: Chain, context: ReportContext): string {
  const lines = [`Starts at ${chain.start.__typename.toLowerCase()} **${abbreviate(nodeTitle(chain.start), 200)}**`, ""];
  chain.steps.forEach((step, index) => {
    lines.push(`${index + 1}. **${step.relation}** (${RELATION_HINTS[step.relation] ?? step.relation}) → ${step.node.__typename} **${nodeTitle(step.node)}** (\`${step.node.id}\`)`);
    if (step.quote) {
      const words = isStructural(step.relation) ? abbreviate(step.quote.text) : step.quote.text;
      lines.push(quoteBlock(words), describeQuote(step.quote, context));
    } else {
      lines.push("   (no quote recorded for this step)");
    }
  });
  return lines.join("\n");
}

function chainHeading(index: number, chain: Chain, context: ReportContext): string {
  const steps = `${chain.steps.length} ${chain.steps.length === 1 ? "step" : "steps"}`;
  return `## ${index + 1}. ${nodeTitle(chain.instrument)}\n\n[${chain.instrument.id}](${link(context, chain.instrument)}) · ${steps} · status: ${describeStatus(chain.status)}`;
}

function footer(context: ReportContext): string {
  return `---\nGenerated ${context.generatedAt.toISOString()} by the policy-graph explorer from ${context.origin}/graphql. ${STRUCTURE_NOTE}\n`;
}

export function formatTaskReport(
  task: { id: string; text: string; document: { title: string; number: string | null }; provision: { path: string } },
  chains: readonly Chain[],
  context: ReportContext,
): string {
  const parts = [
    "# Legal basis of a task",
    "",
    `> ${task.text}`,
    "",
    `- Task: [\`${task.id}\`](${context.origin}${routeHref({ view: "task", id: task.id })})`,
    `- Document: ${task.document.number ? `${task.document.number} — ` : ""}${task.document.title}`,
    `- Provision: ${task.provision.path}`,
    `- Instruments it rests on: ${chains.length}`,
    "",
  ];
  chains.forEach((chain, index) => parts.push(chainHeading(index, chain, context), "", formatChain(chain, context), ""));
  parts.push(footer(context));
  return parts.join("\n");
}

export function formatDocumentReport(
  document: { id: string; title: string; number: string | null; issuerName: string | null; adoptedOn: string | null },
  chains: readonly SharedChain[],
  taskCount: number,
  context: ReportContext,
): string {
  const instruments = new Set(chains.map((chain) => chain.instrument.id));
  const parts = [
    "# Legal basis of a document",
    "",
    `**${document.number ? `${document.number} — ` : ""}${document.title}**`,
    "",
    `- Document: [\`${document.id}\`](${context.origin}${routeHref({ view: "document", id: document.id })})`,
    `- Issuer: ${document.issuerName ?? "unknown"}${document.adoptedOn ? `, adopted ${document.adoptedOn}` : ""}`,
    `- Tasks: ${taskCount}; instruments they rest on: ${instruments.size}; distinct chains: ${chains.length}`,
    "",
    "Each chain starts where the document's words cite or rest on an instrument (its \"Căn cứ\", a provision above the tasks, or a task's own sentence) and lists the tasks that rest on the instrument through it.",
    "",
  ];
  chains.forEach((chain, index) => {
    parts.push(chainHeading(index, chain, context), "", formatChain(chain, context), "");
    parts.push(`Tasks resting on it through this chain (${chain.tasks.length}):`, "");
    for (const task of chain.tasks) parts.push(`- [\`${task.id}\`](${context.origin}${routeHref({ view: "task", id: task.id })}) in ${task.provisionPath}`);
    parts.push("");
  });
  parts.push(footer(context));
  return parts.join("\n");
}
