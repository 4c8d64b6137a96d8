import type { NodeKind, NodeLabelFragment } from "../generated/graphql.js";
import { KIND_COLOURS } from "../graph/kind-style.js";
import { instrumentTitle, KIND_LABELS, nodeTitle, shortTitle } from "../labels.js";
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

/** Stored documents as links, or a line saying there are none. */
export function DocumentLinks({ documents, empty }: { documents: readonly { id: string; title: string; number: string | null }[]; empty: string }) {
  if (documents.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain">
      {documents.map((document) => (
        <li key={document.id}>
          <Link to={{ view: "document", id: document.id }}>{instrumentTitle("OTHER", document.number, document.title)}</Link>
        </li>
      ))}
    </ul>
  );
}
