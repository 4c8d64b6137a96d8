/**
 * The document's identity: its id, and the key its provisions and tasks are
 * named by.
 */
import type { ParsedHeader } from "./parse-header.js";
import type { ResolvedIssuer } from "./resolve-issuer.js";
import { instrumentId } from "./find-citations.js";
import { slugify } from "./vietnamese.js";

export interface DocumentIdentity {
  id: string;
  /** The id without its prefix, in provision and task ids: `prov:<key>/d2.k1`, `task:<key>/0001`. */
  key: string;
}

export function identifyDocument(header: ParsedHeader, issuer: ResolvedIssuer | null, sha256: string): DocumentIdentity {
  const year = header.adoptedOn ? Number(header.adoptedOn.slice(0, 4)) : null;
  let id: string;
  if (header.number) {
    const tokens = header.number.normalized.replace(/^\d+(?:-\d{4})?(?:\/\d{4})?/, "").split(/[-/]/).filter(Boolean);
    const local = !tokens.some((t) => ["CP", "TTG", "TW", "QH"].includes(t.toUpperCase()));
    id = instrumentId({ instrumentKind: header.instrumentKind, normalizedNumber: header.number.normalized, name: null, year, scopeCode: issuer?.jurisdiction.code ?? null, local });
  } else if (issuer && header.adoptedOn) {
    id = `doc:${issuer.body.id.replace(/^body:/, "")}-${slugify(header.kindWord)}-${header.adoptedOn}`;
  } else {
    id = `doc:${sha256.slice(0, 16)}`;
  }
  return { id, key: id.replace(/^(?:doc|inst):/, "").replace(/@/g, "-") };
}
