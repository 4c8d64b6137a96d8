import type { NodeKind, NodeLabelFragment } from "../generated/graphql.js";
import { KIND_COLOURS } from "../graph/kind-style.js";
import { KIND_LABELS, nodeTitle, shortTitle } from "../labels.js";
import { routeForNode } from "../routing/route.js";
import { Link } from "../routing/use-route.js";

export function KindBadge({ kind }: { kind: NodeKind }) {
  return (
    <span className="kind-badge" data-kind={kind}>
      <span className="kind-dot" style={{ backgroundColor: KIND_COLOURS[kind] }} aria-hidden="true" />
      {KIND_LABELS[kind]}
    </span>
  );
}

/** A node's name as a link to its view, with its kind. */
export function NodeLink({ node, short, badge = true }: { node: NodeLabelFragment; short?: boolean; badge?: boolean }) {
  return (
    <span className="node-link">
      {badge ? <KindBadge kind={node.__typename} /> : null}
      <Link to={routeForNode(node)} title={nodeTitle(node)}>
        {short ? shortTitle(node, 90) : nodeTitle(node)}
      </Link>
    </span>
  );
}
