import type { GraphEdge, GraphNode, IsoDate } from "./model.js";

/**
 * Whether an instrument still stands, as far as the graph knows: the
 * instruments that amended, replaced or repealed it, and when. Plain domain
 * logic; the API shows it on every instrument and every legal-basis path.
 */
export type InstrumentState = "IN_FORCE" | "AMENDED" | "REPLACED" | "REPEALED";

export const INSTRUMENT_STATES: readonly InstrumentState[] = ["IN_FORCE", "AMENDED", "REPLACED", "REPEALED"];

/** The instrument relations that change the instrument they point at. */
export const CHANGING_RELATIONS = ["AMENDS", "REPLACES", "REPEALS"] as const;
export type ChangingRelation = (typeof CHANGING_RELATIONS)[number];

export interface InstrumentChange {
  relation: ChangingRelation;
  /** The instrument that made the change. */
  by: GraphNode;
  /** When it took effect: the changing document's effective date, else its adoption or issue date. */
  on: IsoDate | null;
  /** The part changed (`khoản 2 Điều 8`); null when the whole instrument. */
  scope: string | null;
  edge: GraphEdge;
}

export interface InstrumentStatus {
  state: InstrumentState;
  /**
   * REPLACED/REPEALED: when it stopped standing (the earliest whole
   * replacement or repeal); AMENDED: the latest change; IN_FORCE: null.
   */
  since: IsoDate | null;
  /** The changes that decide the state: whole replacements and repeals when ended, every change when amended. */
  decidedBy: InstrumentChange[];
  /** Every known change, oldest first (undated last). */
  changes: InstrumentChange[];
}

/** The date a changing instrument takes effect, as the graph knows it. */
export function changeDate(instrument: GraphNode): IsoDate | null {
  if (instrument.kind === "Document") return instrument.effectiveFrom ?? instrument.adoptedOn;
  if (instrument.kind === "LegalInstrument") return instrument.issuedOn;
  return null;
}

/**
 * The status from the incoming AMENDS, REPLACES and REPEALS edges. A whole
 * replacement or repeal (no scope) ends the instrument; a partial one, like an
 * amendment, leaves it standing as AMENDED. When both a replacement and a
 * repeal end it, the earlier decides (a repeal on the same day).
 */
export function decideStatus(incoming: readonly { edge: GraphEdge; node: GraphNode }[]): InstrumentStatus {
  const changes: InstrumentChange[] = incoming
    .filter(({ edge }) => (CHANGING_RELATIONS as readonly string[]).includes(edge.type))
    .map(({ edge, node }) => ({ relation: edge.type as ChangingRelation, by: node, on: changeDate(node), scope: edge.scope ?? null, edge }))
    .sort(compareChanges);
  const ending = changes.filter((change) => change.relation !== "AMENDS" && change.scope === null);
  if (ending.length > 0) {
    const first = [...ending].sort((a, b) => compareDates(a.on, b.on) || (a.relation === "REPEALS" ? -1 : b.relation === "REPEALS" ? 1 : 0))[0];
    return { state: first.relation === "REPEALS" ? "REPEALED" : "REPLACED", since: first.on, decidedBy: ending, changes };
  }
  if (changes.length > 0) {
    const dated = changes.filter((change) => change.on !== null);
    return { state: "AMENDED", since: dated.length > 0 ? dated[dated.length - 1].on : null, decidedBy: changes, changes };
  }
  return { state: "IN_FORCE", since: null, decidedBy: [], changes };
}

function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareChanges(a: InstrumentChange, b: InstrumentChange): number {
  return compareDates(a.on, b.on) || (a.by.id < b.by.id ? -1 : a.by.id > b.by.id ? 1 : 0) || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0);
}
