import { SEARCH_RESULTS } from "../api/request-sizes.js";
import { useQuery } from "../api/use-query.js";
import { KindBadge } from "../components/node-link.js";
import { ErrorBox, Loading } from "../components/status.js";
import { ExplorerSearchDocument, type NodeLabelFragment } from "../generated/graphql.js";
import { nodeTitle, PLACE_KIND_LABELS, SECTOR_LABELS } from "../labels.js";
import { graphRoute, routeForNode } from "../routing/route.js";
import { Link } from "../routing/use-route.js";


function detail(node: NodeLabelFragment): string {
  switch (node.__typename) {
    case "Place":
      return PLACE_KIND_LABELS[node.placeKind];
    case "Task":
      return node.sector ? SECTOR_LABELS[node.sector] : "";
    case "LegalInstrument":
      return [node.kind.toLowerCase(), node.issuedOn].filter(Boolean).join(", ");
    case "Document":
      return ["ingested document", node.adoptedOn].filter(Boolean).join(", ");
    default:
      return "";
  }
}

/** Ranked hits of every kind for the words, tone marks optional. */
export function SearchView({ q }: { q: string }) {
  const result = useQuery(ExplorerSearchDocument, { text: q, first: SEARCH_RESULTS }, { skip: !q.trim() });
  const hits = result.data?.search ?? [];
  return (
    <div className="view">
      <h1>
        Search: <q>{q}</q>
      </h1>
      {result.loading ? <Loading what="results" /> : null}
      {result.error ? <ErrorBox error={result.error} onRetry={result.retry} /> : null}
      {result.data ? (
        <p className="muted" aria-live="polite">
          {hits.length === 0 ? "Nothing matches these words." : `${hits.length} ${hits.length === 1 ? "hit" : "hits"}, best first.`}
        </p>
      ) : null}
      <ol className="search-hits">
        {hits.map(({ score, node }) => (
          <li key={node.id} className="search-hit" data-kind={node.__typename}>
            <KindBadge kind={node.__typename} />
            <div className="search-hit-body">
              <Link to={routeForNode(node)} className="search-hit-title">
                {nodeTitle(node)}
              </Link>
              <div className="muted">
                {detail(node)}
                {detail(node) ? " · " : ""}score {score.toFixed(2)} ·{" "}
                <Link to={graphRoute([node.id])} aria-label={`Show ${nodeTitle(node)} in the graph`}>
                  graph
                </Link>
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
