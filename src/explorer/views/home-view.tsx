import { useQuery } from "../api/use-query.js";
import { KindBadge } from "../components/node-link.js";
import { SearchBox } from "../components/search-box.js";
import { ErrorBox, Loading } from "../components/status.js";
import { ExplorerOverviewDocument } from "../generated/graphql.js";
import { instrumentTitle, NODE_KINDS } from "../labels.js";
import { Link } from "../routing/use-route.js";

const EXAMPLES = ["mo cay bac", "59/2019", "rach mieu", "Ủy ban nhân dân tỉnh"];

/** The first view: one search box, what the graph holds, and the ways in. */
export function HomeView() {
  const overview = useQuery(ExplorerOverviewDocument, {});
  const counts = new Map(overview.data?.stats.nodes.map((entry) => [entry.kind, entry.count]));
  return (
    <div className="view home">
      <h1>Explore the policy graph</h1>
      <p className="lead">
        Tasks, places, bodies, projects and the legal instruments they rest on, read from provincial resolutions and decisions. Type with
        or without tone marks.
      </p>
      <SearchBox large autoFocus />
      <p className="examples">
        Try:{" "}
        {EXAMPLES.map((example, index) => (
          <span key={example}>
            {index > 0 ? ", " : ""}
            <Link to={{ view: "search", q: example }}>{example}</Link>
          </span>
        ))}
      </p>
      {overview.loading ? <Loading what="the overview" /> : null}
      {overview.error ? <ErrorBox error={overview.error} onRetry={overview.retry} /> : null}
      {overview.data ? (
        <>
          <section aria-labelledby="holds">
            <h2 id="holds">What the graph holds</h2>
            <ul className="counts">
              {NODE_KINDS.map((kind) => (
                <li key={kind}>
                  <KindBadge kind={kind} /> <strong>{counts.get(kind) ?? 0}</strong>
                </li>
              ))}
            </ul>
            <p>
              <Link to={{ view: "dashboard", tasks: {} }}>Dashboards: tasks by place, sector, body and role</Link>
            </p>
          </section>
          <section aria-labelledby="documents">
            <h2 id="documents">Documents</h2>
            <ul className="document-list">
              {overview.data.documents.map((document) => (
                <li key={document.id}>
                  <Link to={{ view: "document", id: document.id }}>{instrumentTitle(document.documentKind, document.number, document.title)}</Link>
                  <span className="muted">
                    {" "}
                    · {document.issuerName ?? "issuer unknown"}
                    {document.adoptedOn ? `, ${document.adoptedOn}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
