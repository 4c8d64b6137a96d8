import type { NodeKind } from "../generated/graphql.js";

/**
 * One colour and shape per node kind, used by the graph drawing, its legend and
 * every kind badge on the page. The browser tests find drawn nodes by these colours.
 */
export const KIND_COLOURS: Record<NodeKind, string> = {
  Place: "#d62728",
  Task: "#ff7f0e",
  Provision: "#7f7f7f",
  Document: "#1f77b4",
  LegalInstrument: "#9467bd",
  Body: "#2ca02c",
  Project: "#8c564b",
  Target: "#e377c2",
};

export const KIND_SHAPES: Record<NodeKind, string> = {
  Place: "ellipse",
  Task: "round-rectangle",
  Provision: "rectangle",
  Document: "barrel",
  LegalInstrument: "diamond",
  Body: "hexagon",
  Project: "round-triangle",
  Target: "star",
};

export const EDGE_COLOUR = "#5b6b7f";
export const FOCUS_BORDER = "#111827";

/** The single colour of dashboard bars. */
export const BAR_COLOUR = "#2f6fb0";
