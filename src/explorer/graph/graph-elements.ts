import type { ExplorerNeighbourhoodQuery, ExplorerPathsQuery, NodeLabelFragment, RelationType } from "../generated/graphql.js";

export interface DrawnNode {
  id: string;
  node: NodeLabelFragment;
}

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** Type as stored, with the role on RESPONSIBLE. */
  label: string;
  words: string | null;
}

export interface GraphElements {
  nodes: Map<string, DrawnNode>;
  edges: Map<string, DrawnEdge>;
}

function addNode(elements: GraphElements, node: NodeLabelFragment): void {
  if (!elements.nodes.has(node.id)) elements.nodes.set(node.id, { id: node.id, node });
}

/** Edges are drawn in their stored direction whichever end they were read from. */
function addEdge(elements: GraphElements, from: string, to: string, type: RelationType, role: string | null, words: string | null): void {
  const id = `${from}|${type}|${role ?? ""}|${to}`;
  if (!elements.edges.has(id)) elements.edges.set(id, { id, source: from, target: to, type, label: role ? `${type} ${role}` : type, words });
}

/** The nodes and edges to draw: the neighbourhoods asked for and every shortest path between the chosen ends. */
export function buildGraphElements(
  neighbourhoods: ExplorerNeighbourhoodQuery["neighbourhood"] | undefined,
  paths: ExplorerPathsQuery | undefined,
): GraphElements {
  const elements: GraphElements = { nodes: new Map(), edges: new Map() };
  for (const hood of neighbourhoods ?? []) {
    addNode(elements, hood.node);
    for (const edge of hood.edges) {
      addNode(elements, edge.node);
      const [from, to] = edge.reversed ? [edge.node.id, hood.node.id] : [hood.node.id, edge.node.id];
      addEdge(elements, from, to, edge.type, edge.role, edge.source?.text ?? null);
    }
  }
  if (paths?.from) {
    for (const path of paths.paths) {
      addNode(elements, paths.from);
      let previous = paths.from.id;
      for (const step of path.steps) {
        addNode(elements, step.node);
        const [from, to] = step.reversed ? [step.node.id, previous] : [previous, step.node.id];
        addEdge(elements, from, to, step.type, null, step.source?.text ?? null);
        previous = step.node.id;
      }
    }
  }
  return elements;
}
