import { useQuery } from "../api/use-query.js";
import { StatusLine } from "../components/instrument-status.js";
import { LinkList, nodeLinks, placeLinks } from "../components/link-list.js";
import { DocumentLinks, KindBadge, NodeLink } from "../components/node-link.js";
import { ErrorBox, Loading, NotFound } from "../components/status.js";
import { TaskList } from "../components/task-list.js";
import { ExplorerNodeDocument, type ExplorerNodeQuery, type TaskWhere } from "../generated/graphql.js";
import { nodeTitle } from "../labels.js";
import { graphRoute, nodeRoute, placeRoute, routeForNode, type TaskListState } from "../routing/route.js";
import { Link, useNavigation } from "../routing/use-route.js";

type NodeData = NonNullable<ExplorerNodeQuery["node"]>;

/** The task criterion a node stands for, and the filter that criterion replaces. */
function taskCriterion(node: NodeData): { fixed: Partial<TaskWhere>; hide: ("body" | "instrument" | "project")[] } | null {
  switch (node.__typename) {
    case "Body":
      return { fixed: { bodyId: node.id }, hide: ["body"] };
    case "LegalInstrument":
      return { fixed: { instrumentId: node.id }, hide: ["instrument"] };
    case "Project":
      return { fixed: { projectId: node.id }, hide: ["project"] };
    default:
      return null;
  }
}

function NodeFacts({ node }: { node: NodeData }) {
  switch (node.__typename) {
    case "LegalInstrument":
      return (
        <>
          <dl className="inline-facts">
            <dt>Kind</dt>
            <dd>{node.kind.toLowerCase()}</dd>
            <dt>Number</dt>
            <dd>{node.number ?? "none written"}</dd>
            <dt>Issued</dt>
            <dd>{node.issuedOn ?? "—"}</dd>
            <dt>Issuer</dt>
            <dd>{node.issuer ? <Link to={nodeRoute(node.issuer.id)}>{node.issuer.name}</Link> : (node.issuerName ?? "—")}</dd>
          </dl>
          {node.ingested ? (
            <p>
              This instrument is a stored document: <Link to={{ view: "document", id: node.ingested.id }}>open it</Link>.
            </p>
          ) : null}
          <StatusLine status={node.status} />
          <h2>Amended, replaced, repealed, guided, implemented</h2>
          {node.relations.length === 0 ? <p className="muted">No such relation known.</p> : null}
          <ul className="plain">
            {node.relations.map((relation, index) => (
              <li key={`${relation.relation}:${relation.instrument.id}:${index}`}>
                <span className="relation">{relation.relation}</span> <NodeLink node={relation.instrument} />
                {relation.scope ? <span className="muted"> ({relation.scope})</span> : null}
                {relation.on ? <span className="muted"> · {relation.on}</span> : null}
                {relation.source ? <q className="edge-words">{relation.source.text}</q> : null}
              </li>
            ))}
          </ul>
          <h2>Stored documents resting on it (Căn cứ)</h2>
          <DocumentLinks documents={node.basisOf} empty="None." />
          <h2>Tasks citing it</h2>
          <p className="muted">In their own sentence or in a provision above them.</p>
        </>
      );
    case "Body":
      return (
        <>
          <dl className="inline-facts">
            <dt>Kind</dt>
            <dd>{node.bodyKind.toLowerCase().replace(/_/g, " ")}</dd>
            <dt>Level</dt>
            <dd>{node.level.toLowerCase()}</dd>
            <dt>Governs</dt>
            <dd>{node.jurisdiction ? <Link to={placeRoute(node.jurisdiction.id)}>{node.jurisdiction.fullName}</Link> : "—"}</dd>
          </dl>
          <RelatedList title="Issued" nodes={node.issued} />
          {node.projects.length > 0 ? (
            <>
              <h2>Invests in</h2>
              <LinkList items={nodeLinks(node.projects)} />
            </>
          ) : null}
          <h2>Tasks it takes part in</h2>
        </>
      );
    case "Project":
      return (
        <>
          <dl className="inline-facts">
            <dt>Kind</dt>
            <dd>{node.projectKind ?? "—"}</dd>
            <dt>Where</dt>
            <dd>
              <LinkList items={placeLinks(node.places)} />
            </dd>
            <dt>Investors</dt>
            <dd>
              <LinkList items={nodeLinks(node.investors)} />
            </dd>
          </dl>
          <h2>Tasks concerning it</h2>
        </>
      );
    case "Target":
      return (
        <>
          <dl className="inline-facts">
            <dt>Value</dt>
            <dd>
              {node.comparator.toLowerCase().replace(/_/g, " ")} {node.value} {node.unit ?? ""}
            </dd>
            <dt>Of</dt>
            <dd>{node.metric}</dd>
          </dl>
          {node.source ? (
            <figure className="quote">
              <blockquote>{node.source.text}</blockquote>
              <figcaption>{node.source.provision?.path ?? "outside the articles"}</figcaption>
            </figure>
          ) : null}
          <h2>Tasks setting it</h2>
          <ul className="plain">
            {node.tasks.map((task) => (
              <li key={task.id}>
                <Link to={{ view: "task", id: task.id }}>{task.text}</Link>
              </li>
            ))}
          </ul>
        </>
      );
    default:
      return (
        <p>
          <Link to={routeForNode(node)}>Open this {node.__typename.toLowerCase()}</Link>
        </p>
      );
  }
}

function RelatedList({ title, nodes }: { title: string; nodes: Parameters<typeof NodeLink>[0]["node"][] }) {
  if (nodes.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ul className="plain">
        {nodes.map((node) => (
          <li key={node.id}>
            <NodeLink node={node} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** An instrument, body, project or target, and the tasks that involve it. */
export function NodeView({ id, tasks }: { id: string; tasks: TaskListState }) {
  const { navigate } = useNavigation();
  const result = useQuery(ExplorerNodeDocument, { id });
  const node = result.data?.node;
  if (result.loading) return <Loading what="the node" />;
  if (result.error) return <ErrorBox error={result.error} onRetry={result.retry} />;
  if (!node) return <NotFound what={`Nothing has the id ${id}.`} />;
  const criterion = taskCriterion(node);
  return (
    <div className="view">
      <p className="muted">
        <KindBadge kind={node.__typename} /> <code>{node.id}</code> · <Link to={graphRoute([node.id])}>show in the graph</Link>
      </p>
      <h1>{nodeTitle(node)}</h1>
      <NodeFacts node={node} />
      {criterion ? (
        <TaskList
          state={tasks}
          fixed={criterion.fixed}
          hide={criterion.hide}
          exportName={nodeTitle(node)}
          onChange={(next) => navigate({ view: "node", id: node.id, tasks: next })}
        />
      ) : null}
    </div>
  );
}
