/**
 * `npm run extract -- <file> [--json]`: what the extractor finds in one
 * document, as a readable report or as the graph batch in JSON.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DomainError } from "../domain/errors.js";
import type { GraphBatch, GraphNode, NodeOfKind } from "../domain/model.js";
import { NODE_KINDS } from "../domain/model.js";
import { extractDocument } from "../extract/index.js";

/** What instruments do to one another (find-relations.ts). */
const RELATIONS = new Set<string>(["AMENDS", "REPLACES", "REPEALS", "GUIDES", "IMPLEMENTS"]);

function nodesOf<K extends GraphNode["kind"]>(batch: GraphBatch, kind: K): NodeOfKind<K>[] {
  return batch.nodes.filter((n): n is NodeOfKind<K> => n.kind === kind);
}

export function formatReport(batch: GraphBatch): string {
  const lines: string[] = [];
  const byId = new Map(batch.nodes.map((n) => [n.id, n]));
  const nameOf = (id: string | null) => {
    if (!id) return "—";
    const node = byId.get(id);
    if (!node) return id;
    if (node.kind === "Place") return node.fullName;
    if (node.kind === "Body" || node.kind === "Project") return node.name;
    return id;
  };
  const d = batch.document;
  lines.push(`Document  ${d.id}`);
  lines.push(`  title        ${d.title}`);
  lines.push(`  kind         ${d.instrumentKind}${d.number ? `  number ${d.number}` : "  (no number written)"}`);
  lines.push(`  issuer       ${d.issuerName ?? "—"}${d.term ? `, ${d.term}` : ""}${d.session ? `, ${d.session}` : ""}`);
  lines.push(`  jurisdiction ${nameOf(d.jurisdictionId)}`);
  lines.push(`  adopted      ${d.adoptedOn ?? "—"}   effective ${d.effectiveFrom ?? "—"}`);
  lines.push(`  signer       ${d.signer ? `${d.signer} (${d.signerTitle})` : "—"}`);
  lines.push(`  sha256       ${d.sha256}`);
  lines.push("");
  const counts = NODE_KINDS.map((kind) => `${kind} ${batch.nodes.filter((n) => n.kind === kind).length}`);
  lines.push(`Counts    ${counts.join(" · ")} · edges ${batch.edges.length} · unresolved ${batch.unresolved.length}`);
  lines.push("");

  const basedOn = new Set(batch.edges.filter((e) => e.type === "BASED_ON").map((e) => e.to));
  const considers = new Set(batch.edges.filter((e) => e.type === "CONSIDERS").map((e) => e.to));
  const relations = batch.edges.filter((e) => RELATIONS.has(e.type));
  const describe = (e: GraphBatch["edges"][number]) => `${e.type.toLowerCase()} ${e.to}${e.scope ? ` (${e.scope})` : ""}${e.on ? ` on ${e.on}` : ""}`;
  lines.push("Citations");
  for (const i of nodesOf(batch, "LegalInstrument")) {
    const cited = batch.edges.some((e) => e.type === "CITES" && e.to === i.id);
    const actedOnOnly = !cited && relations.some((e) => e.to === i.id);
    const role = basedOn.has(i.id) ? "căn cứ" : considers.has(i.id) ? "xét" : actedOnOnly ? "acted on" : "cited";
    const acts = relations.filter((e) => e.from === i.id).map(describe);
    lines.push(`  [${role}] ${i.instrumentKind} ${i.number ?? ""}${i.issuedOn ? ` of ${i.issuedOn}` : i.year ? ` (${i.year})` : ""}${i.issuerName ? ` by ${i.issuerName}` : ""}`.replace(/\s+$/, ""));
    if (i.title) lines.push(`      ${i.title}`);
    lines.push(`      id ${i.id}${acts.length ? `  ${acts.join("; ")}` : ""}`);
  }
  for (const e of relations.filter((r) => r.from === d.id)) lines.push(`  the document: ${describe(e)}`);
  lines.push("");

  if (batch.warnings?.length) {
    lines.push("Warnings");
    for (const w of batch.warnings) lines.push(`  [${w.code}] ${w.message}`);
    lines.push("");
  }

  lines.push("Provisions");
  for (const p of nodesOf(batch, "Provision")) lines.push(`  ${p.path}${p.heading ? ` — ${p.heading}` : ""}`);
  lines.push("");

  lines.push("Places");
  const succession = batch.edges.filter((e) => e.type === "SUCCEEDED_BY");
  const located = new Set(batch.edges.filter((e) => e.type === "LOCATED_IN").map((e) => e.to));
  // Successors and predecessors come from reference data: listed after, under the place the text names.
  const named = nodesOf(batch, "Place").filter((p) => p.source !== null || located.has(p.id) || p.id === d.jurisdictionId);
  for (const p of named) {
    const tasks = batch.edges.filter((e) => e.type === "LOCATED_IN" && e.to === p.id && e.from.startsWith("task:")).length;
    lines.push(`  ${p.fullName} [${p.placeKind}${p.code ? ` ${p.code}` : ""}] in ${nameOf(p.parentId)} · ${tasks} task(s)`);
  }
  lines.push("");
  if (succession.length) {
    lines.push("Succession (1 July 2025; * a part only)");
    for (const p of named) {
      const next = succession.filter((e) => e.from === p.id).map((e) => `${nameOf(e.to)}${e.whole ? "" : "*"}`);
      const previous = succession.filter((e) => e.to === p.id).map((e) => `${nameOf(e.from)}${e.whole ? "" : "*"}`);
      if (next.length) lines.push(`  ${p.fullName} → ${next.join(", ")}`);
      if (previous.length) lines.push(`  ${p.fullName} ← ${previous.join(", ")}`);
    }
    lines.push("");
  }

  lines.push("Bodies and roles");
  for (const b of nodesOf(batch, "Body")) {
    const roles = new Map<string, number>();
    for (const e of batch.edges) if (e.type === "RESPONSIBLE" && e.to === b.id) roles.set(e.role ?? "", (roles.get(e.role ?? "") ?? 0) + 1);
    const issued = batch.edges.filter((e) => e.type === "ISSUED_BY" && e.to === b.id).length;
    const parts = [...roles].map(([role, n]) => `${role} ×${n}`);
    if (issued) parts.push(`issued ${issued}`);
    lines.push(`  ${b.name} [${b.bodyKind}] ${parts.join(", ")}`);
  }
  lines.push("");

  lines.push("Projects");
  for (const p of nodesOf(batch, "Project")) {
    const where = batch.edges.filter((e) => e.type === "LOCATED_IN" && e.from === p.id).map((e) => nameOf(e.to));
    const investor = batch.edges.filter((e) => e.type === "INVESTED_BY" && e.from === p.id).map((e) => nameOf(e.to));
    lines.push(`  ${p.name}${where.length ? ` · in ${where.join(", ")}` : ""}${investor.length ? ` · invested by ${investor.join(", ")}` : ""}`);
  }
  lines.push("");

  lines.push("Targets");
  for (const t of nodesOf(batch, "Target")) lines.push(`  ${t.comparator === "EXACTLY" ? "" : `${t.comparator} `}${t.value}${t.unit ? ` ${t.unit}` : ""} · ${t.metric}`);
  lines.push("");

  lines.push("Tasks");
  for (const t of nodesOf(batch, "Task")) {
    const provision = byId.get(t.provisionId);
    lines.push(`  ${t.id.split("/").pop()} ${provision?.kind === "Provision" ? provision.path : ""} [${t.sector ?? "—"}]${t.deadline ? ` due ${t.deadline}` : ""}`);
    lines.push(`      ${t.text.length > 160 ? `${t.text.slice(0, 157)}…` : t.text}`);
  }
  lines.push("");

  lines.push("Unresolved mentions");
  if (batch.unresolved.length === 0) lines.push("  none");
  for (const u of batch.unresolved) lines.push(`  ${u.kind} "${u.text}": ${u.reason}`);
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== "--json");
  const json = argv.includes("--json");
  if (args.length !== 1) {
    process.stderr.write("usage: npm run extract -- <file> [--json]\n");
    return 2;
  }
  const file = args[0];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    process.stderr.write(`error: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const batch = extractDocument(bytes, { fileName: path.basename(file) });
    process.stdout.write(json ? `${JSON.stringify(batch, null, 2)}\n` : `${formatReport(batch)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join("cli", "extract.ts"));
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
