import { useMemo, useRef, useState } from "react";
import { MAX_EXPANDED, NEIGHBOURS_PER_NODE } from "../api/request-sizes.js";
import { useQuery } from "../api/use-query.js";
import { KindBadge } from "../components/node-link.js";
import { ErrorBox, Loading } from "../components/status.js";
import { downloadFile } from "../export/download.js";
import { ExplorerNeighbourhoodDocument, ExplorerPathsDocument, type NodeLabelFragment, type RelationType } from "../generated/graphql.js";
import { GraphCanvas, type GraphCanvasHandle } from "../graph/graph-canvas.js";
import { buildGraphElements } from "../graph/graph-elements.js";
import { KIND_COLOURS, KIND_SHAPES } from "../graph/kind-style.js";
import { KIND_LABELS, NODE_KINDS, nodeTitle, RELATION_HINTS, RELATION_TYPES } from "../labels.js";
import { routeForNode, type Route } from "../routing/route.js";
import { Link, useNavigation } from "../routing/use-route.js";

type GraphRoute = Extract<Route, { view: "graph" }>;

const DEFAULT_HOPS = 4;

function Legend() {
  return (
    <section aria-labelledby="legend" className="legend">
      <h2 id="legend">Legend</h2>
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <span className="kind-dot" style={{ backgroundColor: KIND_COLOURS[kind] }} aria-hidden="true" /> {KIND_LABELS[kind]}{" "}
            <span className="muted">({KIND_SHAPES[kind].replace("-", " ")})</span>
          </li>
        ))}
      </ul>
      <p className="muted">Arrows point the way the relationship is stored, labelled with its type. A heavy border marks an expanded node.</p>
    </section>
  );
}

function TypeFilter({ route }: { route: GraphRoute }) {
  const { navigate } = useNavigation();
  const active = new Set<RelationType>(route.types ?? RELATION_TYPES);
  const toggle = (type: RelationType) => {
    const next = new Set(active);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    navigate({ ...route, types: next.size === RELATION_TYPES.length ? null : RELATION_TYPES.filter((item) => next.has(item)) });
  };
  return (
    <fieldset className="type-filter">
      <legend>Relationship types drawn around expanded nodes</legend>
      <div className="type-filter-actions">
        <button type="button" onClick={() => navigate({ ...route, types: null })}>
          All
        </button>
        <button type="button" onClick={() => navigate({ ...route, types: [] })}>
          None
        </button>
      </div>
      {RELATION_TYPES.map((type) => (
        <label key={type} className="checkbox" title={RELATION_HINTS[type]}>
          <input type="checkbox" checked={active.has(type)} onChange={() => toggle(type)} /> {type}
        </label>
      ))}
    </fieldset>
  );
}

function SelectedNode({ node, route }: { node: NodeLabelFragment; route: GraphRoute }) {
  const { navigate } = useNavigation();
  const expanded = route.nodes.includes(node.id);
  return (
    <section aria-labelledby="selected" className="selected-node">
      <h2 id="selected">Selected</h2>
      <p>
        <KindBadge kind={node.__typename} /> <Link to={routeForNode(node)}>{nodeTitle(node)}</Link>
      </p>
      <div className="actions">
        {expanded ? (
          <button type="button" onClick={() => navigate({ ...route, nodes: route.nodes.filter((id) => id !== node.id) })}>
            Collapse
          </button>
        ) : (
          <button type="button" disabled={route.nodes.length >= MAX_EXPANDED} onClick={() => navigate({ ...route, nodes: [...route.nodes, node.id] })}>
            Expand
          </button>
        )}
        <button type="button" onClick={() => navigate({ ...route, from: node.id })}>
          Path from here
        </button>
        <button type="button" onClick={() => navigate({ ...route, to: node.id })}>
          Path to here
        </button>
      </div>
    </section>
  );
}

/**
 * Any node's neighbourhood drawn as a graph, expanded by clicking, filtered by
 * relationship type, with the shortest paths between two chosen nodes drawn alike.
 */
export default function GraphView({ route }: { route: GraphRoute }) {
  const { navigate } = useNavigation();
  const canvas = useRef<GraphCanvasHandle>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const hops = route.hops ?? DEFAULT_HOPS;
  const types = route.types ?? undefined;
  const hoods = useQuery(ExplorerNeighbourhoodDocument, { ids: route.nodes.slice(0, MAX_EXPANDED), types, first: NEIGHBOURS_PER_NODE }, { skip: route.nodes.length === 0, keepPrevious: true });
  const wantsPaths = Boolean(route.from && route.to);
  const paths = useQuery(ExplorerPathsDocument, { fromId: route.from ?? "", toId: route.to ?? "", maxHops: hops }, { skip: !wantsPaths, keepPrevious: true });

  const elements = useMemo(() => buildGraphElements(hoods.data?.neighbourhood, paths.data ?? undefined), [hoods.data, paths.data]);
  const focus = useMemo(() => new Set(route.nodes), [route.nodes]);
  const ends = useMemo(() => new Set([route.from, route.to].filter((id): id is string => Boolean(id))), [route.from, route.to]);
  const selected = selectedId ? elements.nodes.get(selectedId)?.node : undefined;
  const truncated = hoods.data?.neighbourhood.filter((hood) => hood.totalCount > hood.edges.length) ?? [];

  const onNodeTap = (id: string) => {
    setSelectedId(id);
    if (!route.nodes.includes(id) && route.nodes.length < MAX_EXPANDED) navigate({ ...route, nodes: [...route.nodes, id] });
  };
  const exportPng = () => {
    const png = canvas.current?.png();
    if (png) downloadFile("policy-graph.png", png, "image/png");
  };
  const endName = (id: string | undefined) => (id ? (elements.nodes.get(id) ? nodeTitle(elements.nodes.get(id)!.node) : id) : "not chosen");

  return (
    <div className="view graph-view">
      <h1>The graph</h1>
      <p className="muted">
        Click a node to expand it (or select it in the table); choose two nodes as the ends of a path to draw every shortest path between them.
      </p>
      <div className="graph-status" aria-live="polite">
        <span data-testid="graph-counts">
          Drawn: {elements.nodes.size} nodes, {elements.edges.size} relationships
        </span>
        {truncated.map((hood) => (
          <span key={hood.node.id} className="muted">
            {" "}
            · {nodeTitle(hood.node).slice(0, 40)}: {hood.edges.length} of {hood.totalCount} relationships drawn, filter by type to see others
          </span>
        ))}
        <button type="button" onClick={exportPng} disabled={elements.nodes.size === 0}>
          Export PNG
        </button>
      </div>
      {hoods.loading || paths.loading ? <Loading what="the graph" /> : null}
      {hoods.error ? <ErrorBox error={hoods.error} onRetry={hoods.retry} /> : null}
      {paths.error ? <ErrorBox error={paths.error} onRetry={paths.retry} /> : null}
      {route.nodes.length === 0 && !wantsPaths ? (
        <p>
          Nothing to draw yet: <Link to={{ view: "search", q: "mo cay bac" }}>search</Link> for something and follow its “graph” link.
        </p>
      ) : null}
      <div className="graph-layout">
        <GraphCanvas ref={canvas} elements={elements} focus={focus} ends={ends} onNodeTap={onNodeTap} />
        <div className="graph-side">
          {selected ? <SelectedNode node={selected} route={route} /> : null}
          <section aria-labelledby="paths" className="paths-panel">
            <h2 id="paths">Paths</h2>
            <p>
              From: <strong>{endName(route.from)}</strong>
              <br />
              To: <strong>{endName(route.to)}</strong>
            </p>
            <label>
              At most{" "}
              <select value={hops} onChange={(event) => navigate({ ...route, hops: Number(event.target.value) })}>
                {[1, 2, 3, 4, 5, 6].map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>{" "}
              steps
            </label>{" "}
            {route.from || route.to ? (
              <button type="button" onClick={() => navigate({ ...route, from: undefined, to: undefined })}>
                Clear the path
              </button>
            ) : null}
            {paths.data ? (
              <p aria-live="polite">
                {paths.data.paths.length === 0
                  ? `No path of at most ${hops} steps.`
                  : `${paths.data.paths.length} shortest ${paths.data.paths.length === 1 ? "path" : "paths"} of ${paths.data.paths[0].length} steps.`}
              </p>
            ) : null}
          </section>
          <TypeFilter route={route} />
          <Legend />
        </div>
      </div>
      <section aria-labelledby="drawn">
        <h2 id="drawn">Drawn nodes</h2>
        <table className="drawn-nodes">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Node</th>
              <th scope="col">In the drawing</th>
            </tr>
          </thead>
          <tbody>
            {[...elements.nodes.values()].map(({ id, node }) => (
              <tr key={id}>
                <td>
                  <KindBadge kind={node.__typename} />
                </td>
                <td>
                  <Link to={routeForNode(node)}>{nodeTitle(node)}</Link>
                </td>
                <td>
                  <button type="button" onClick={() => onNodeTap(id)} aria-label={`Select and expand ${nodeTitle(node)}`}>
                    {route.nodes.includes(id) ? "Select" : "Expand"}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
