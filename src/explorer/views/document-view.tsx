import { useEffect, useState } from "react";
import { ApiRequestError, client } from "../api/graphql-client.js";
import { BASIS_PAGE_SIZE } from "../api/request-sizes.js";
import { useDocumentTitles } from "../api/use-document-titles.js";
import { useQuery } from "../api/use-query.js";
import { StatusLine } from "../components/instrument-status.js";
import { LegalBasisChains } from "../components/legal-basis-chains.js";
import { DocumentLinks, KindBadge, NodeLink } from "../components/node-link.js";
import { ErrorBox, Loading, NotFound } from "../components/status.js";
import { downloadFile, slugify } from "../export/download.js";
import { documentChains, quotedDocumentIds, type SharedChain } from "../export/legal-basis-chains.js";
import { formatDocumentReport } from "../export/legal-basis-report.js";
import {
  ExplorerDocumentBasisDocument,
  type ExplorerDocumentBasisQuery,
  ExplorerDocumentDocument,
  type ExplorerDocumentQuery,
  ExplorerDocumentTextsDocument,
  type NodeLabelFragment,
} from "../generated/graphql.js";
import { instrumentTitle, SECTOR_LABELS } from "../labels.js";
import { graphRoute, placeRoute } from "../routing/route.js";
import { Link } from "../routing/use-route.js";

type DocumentData = NonNullable<ExplorerDocumentQuery["document"]>;
type ProvisionData = DocumentData["allProvisions"][number];
type InstrumentEdge = ExplorerDocumentQuery["instruments"][number]["edges"][number];
type BasisTask = ExplorerDocumentBasisQuery["tasks"]["edges"][number]["node"];

interface ProvisionNode {
  provision: ProvisionData;
  children: ProvisionNode[];
}

function buildTree(provisions: readonly ProvisionData[]): ProvisionNode[] {
  const nodes = new Map(provisions.map((provision) => [provision.id, { provision, children: [] as ProvisionNode[] }]));
  const roots: ProvisionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.provision.parent ? nodes.get(node.provision.parent.id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

function ProvisionTree({ nodes, selected }: { nodes: ProvisionNode[]; selected?: string }) {
  return (
    <ul className="provision-tree">
      {nodes.map(({ provision, children }) => (
        <li key={provision.id} id={provision.id} className={provision.id === selected ? "selected" : undefined} data-provision={provision.path}>
          <details open>
            <summary>
              <strong>{provision.label}</strong>
              {provision.heading ? ` ${provision.heading}` : ""}
              <span className="muted">
                {" "}
                · {provision.tasks.length} {provision.tasks.length === 1 ? "task" : "tasks"}
              </span>
            </summary>
            {provision.citations.length > 0 ? (
              <ul className="provision-citations">
                {provision.citations.map((citation) => (
                  <li key={citation.instrument.id}>
                    <span className="relation">CITES</span> <NodeLink node={citation.instrument} short />
                    {citation.source ? <q>{citation.source.text}</q> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {provision.tasks.length > 0 ? (
              <ol className="provision-tasks">
                {provision.tasks.map((task) => (
                  <li key={task.id}>
                    <Link to={{ view: "task", id: task.id }}>{task.text}</Link>
                    {task.sector ? <span className="muted"> · {SECTOR_LABELS[task.sector]}</span> : null}
                  </li>
                ))}
              </ol>
            ) : null}
            {children.length > 0 ? <ProvisionTree nodes={children} selected={selected} /> : null}
          </details>
        </li>
      ))}
    </ul>
  );
}

function InstrumentEdges({ title, edges, empty }: { title: string; edges: InstrumentEdge[]; empty: string }) {
  return (
    <section className="instrument-edges">
      <h3>{title}</h3>
      {edges.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="plain">
        {edges.map((edge) => (
          <li key={`${edge.relation}:${edge.node.id}`}>
            <NodeLink node={edge.node} />
            {edge.scope ? <span className="muted"> ({edge.scope})</span> : null}
            {edge.source ? <q className="edge-words">{edge.source.text}</q> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

async function fetchBasis(documentId: string): Promise<BasisTask[]> {
  const tasks: BasisTask[] = [];
  let after: string | undefined;
  for (;;) {
    const { tasks: page } = await client.request(ExplorerDocumentBasisDocument, { where: { documentId }, first: BASIS_PAGE_SIZE, after });
    tasks.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return tasks;
    after = page.pageInfo.endCursor;
  }
}

async function fetchTexts(ids: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const id of ids) {
    const { document } = await client.request(ExplorerDocumentTextsDocument, { id });
    if (document) texts.set(id, document.text);
  }
  return texts;
}

/** A document: its provisions as a tree with their tasks, what it rests on and considers, and who cites it. */
export function DocumentView({ id, provision }: { id: string; provision?: string }) {
  const result = useQuery(ExplorerDocumentDocument, { id });
  const documentTitles = useDocumentTitles();
  const [basis, setBasis] = useState<{ chains: SharedChain[]; tasks: number } | null>(null);
  const [basisState, setBasisState] = useState<"idle" | "loading" | ApiRequestError>("idle");
  useEffect(() => setBasis(null), [id]);
  useEffect(() => {
    if (provision && result.data) document.getElementById(provision)?.scrollIntoView({ block: "start" });
  }, [provision, result.data]);

  const data = result.data?.document;
  if (result.loading) return <Loading what="the document" />;
  if (result.error) return <ErrorBox error={result.error} onRetry={result.retry} />;
  if (!data) return <NotFound what={`No document has the id ${id}.`} />;
  const edges = result.data?.instruments[0]?.edges ?? [];
  const pick = (relation: string) => edges.filter((edge) => edge.relation === relation);
  const name = instrumentTitle(data.documentKind, data.number, data.title);

  const reportBasis = async () => {
    setBasisState("loading");
    try {
      const tasks = await fetchBasis(data.id);
      const texts = await fetchTexts(quotedDocumentIds(tasks));
      const rows = new Map(data.allProvisions.flatMap((item) => item.tasks.map((task) => [task.id, task] as const)));
      const taskLabel = (taskId: string): NodeLabelFragment => {
        const task = rows.get(taskId);
        return { __typename: "Task", id: taskId, text: task?.text ?? taskId, sector: task?.sector ?? null };
      };
      const chains = documentChains(tasks, texts, taskLabel);
      setBasis({ chains, tasks: tasks.length });
      setBasisState("idle");
      const titles = new Map(documentTitles);
      titles.set(data.id, name);
      const report = formatDocumentReport(data, chains, tasks.length, { origin: window.location.origin, documentTitles: titles, generatedAt: new Date() });
      downloadFile(`legal-basis-${slugify(data.number ?? data.title)}.md`, report, "text/markdown;charset=utf-8");
    } catch (error) {
      setBasisState(error instanceof ApiRequestError ? error : new ApiRequestError("report", [{ code: "CLIENT_ERROR", message: String(error) }], null));
    }
  };

  return (
    <div className="view">
      <p className="muted">
        <KindBadge kind="Document" /> {data.documentKind.toLowerCase()}
        {data.fileName ? ` · file ${data.fileName}` : ""}
      </p>
      <h1>{name}</h1>
      <StatusLine status={data.status} />
      <dl className="inline-facts">
        <dt>Issuer</dt>
        <dd>{data.issuerName ?? "unknown"}</dd>
        <dt>Adopted</dt>
        <dd>{data.adoptedOn ?? "—"}</dd>
        <dt>In force from</dt>
        <dd>{data.effectiveFrom ?? "—"}</dd>
        <dt>Signed by</dt>
        <dd>{data.signer ? `${data.signer}${data.signerTitle ? ` (${data.signerTitle})` : ""}` : "—"}</dd>
        <dt>Applies in</dt>
        <dd>{data.jurisdiction ? <Link to={placeRoute(data.jurisdiction.id)}>{data.jurisdiction.fullName}</Link> : "—"}</dd>
        <dt>Tasks</dt>
        <dd>
          <Link to={{ view: "dashboard", tasks: { documentId: data.id } }}>{data.allTasks.totalCount}</Link>
        </dd>
      </dl>
      <div className="actions">
        <button type="button" onClick={reportBasis} disabled={basisState === "loading"}>
          {basisState === "loading" ? "Tracing the legal basis…" : "Legal-basis report (Markdown)"}
        </button>
        <Link to={graphRoute([data.id])}>Show in the graph</Link>
      </div>
      {basisState instanceof ApiRequestError ? <ErrorBox error={basisState} /> : null}
      <div className="columns">
        <section aria-labelledby="rests-on">
          <h2 id="rests-on">What it rests on</h2>
          <InstrumentEdges title='Căn cứ (rests on)' edges={pick("BASED_ON")} empty="No Căn cứ read." />
          <InstrumentEdges title="Xét (considers)" edges={pick("CONSIDERS")} empty="Nothing considered." />
          <InstrumentEdges title="Amends, replaces, repeals" edges={[...pick("AMENDS"), ...pick("REPLACES"), ...pick("REPEALS")]} empty="None." />
          <InstrumentEdges title="Guides or implements" edges={[...pick("GUIDES"), ...pick("IMPLEMENTS")]} empty="None." />
        </section>
        <section aria-labelledby="cited-by">
          <h2 id="cited-by">Who relies on it</h2>
          <h3>Stored documents citing it</h3>
          <DocumentLinks documents={data.citingDocuments} empty="No stored document cites it." />
          <h3>Stored documents resting on it (Căn cứ)</h3>
          <DocumentLinks documents={data.basisOf} empty="No stored document rests on it." />
          <InstrumentEdges title="Amended, replaced or repealed by" edges={[...pick("AMENDED_BY"), ...pick("REPLACED_BY"), ...pick("REPEALED_BY")]} empty="Nothing stored amends it." />
        </section>
      </div>
      {basis ? (
        <section aria-labelledby="document-basis">
          <h2 id="document-basis">
            Legal basis of its {basis.tasks} tasks: {new Set(basis.chains.map((chain) => chain.instrument.id)).size} instruments, {basis.chains.length} chains
          </h2>
          <LegalBasisChains chains={basis.chains} documentTitles={new Map([...documentTitles, [data.id, name]])} />
        </section>
      ) : null}
      <section aria-labelledby="provisions">
        <h2 id="provisions">Provisions</h2>
        <ProvisionTree nodes={buildTree(data.allProvisions)} selected={provision} />
      </section>
    </div>
  );
}
