import { BadUserInputError, NotFoundError } from "../domain/errors.js";
import type { DocumentNode } from "../domain/model.js";
import type { GraphStore } from "./graph-store.js";

/**
 * The stored document a user names by id or by its number as written
 * (`35/2024/QĐ-UBND`, spacing, case and Đ/D ignored). A number several
 * documents share (numbers restart each year and each issuer) is refused,
 * naming each of them, so nothing is removed by guess.
 */
export async function resolveDocument(store: GraphStore, ref: string): Promise<DocumentNode> {
  const wanted = ref.trim();
  const [byId] = await store.getNodes([wanted]);
  if (byId?.kind === "Document") return byId;
  const byNumber = (await store.findInstrumentsByNumber(wanted)).filter((node): node is DocumentNode => node.kind === "Document");
  if (byNumber.length === 1) return byNumber[0];
  if (byNumber.length === 0) {
    const what = byId ? `${wanted} is a ${byId.kind}, not an ingested document` : `no stored document has the id or number ${wanted}`;
    throw new NotFoundError(what, { ref: wanted });
  }
  const named = byNumber.map((document) => `${document.id} (${document.fileName ?? "file name unknown"}, ${document.adoptedOn ?? "date unknown"})`);
  throw new BadUserInputError(`${byNumber.length} documents have the number ${wanted}: ${named.join("; ")}; give the id of the one to remove`, {
    ref: wanted,
    documentIds: byNumber.map((document) => document.id),
  });
}
