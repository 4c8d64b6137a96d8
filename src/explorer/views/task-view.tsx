import { useDocumentTitles } from "../api/use-document-titles.js";
import { useQuery } from "../api/use-query.js";
import { DocumentText } from "../components/document-text.js";
import { LegalBasisChains } from "../components/legal-basis-chains.js";
import { LinkList, nodeLinks } from "../components/link-list.js";
import { KindBadge, NodeLink } from "../components/node-link.js";
import { ErrorBox, Loading, NotFound } from "../components/status.js";
import { downloadFile } from "../export/download.js";
import { taskChains } from "../export/legal-basis-chains.js";
import { formatTaskReport } from "../export/legal-basis-report.js";
import { ExplorerTaskDocument } from "../generated/graphql.js";
import { instrumentTitle, ROLE_LABELS, SECTOR_LABELS } from "../labels.js";
import { graphRoute, placeRoute } from "../routing/route.js";
import { Link } from "../routing/use-route.js";

/** A task: its sentence in its document, who does it where, and the legal basis it rests on. */
export function TaskView({ id }: { id: string }) {
  const result = useQuery(ExplorerTaskDocument, { id });
  const documentTitles = useDocumentTitles();
  const task = result.data?.task;
  if (result.loading) return <Loading what="the task" />;
  if (result.error) return <ErrorBox error={result.error} onRetry={result.retry} />;
  if (!task) return <NotFound what={`No task has the id ${id}.`} />;
  const chains = taskChains(task);
  const documentName = instrumentTitle(task.document.documentKind, task.document.number, task.document.title);
  const exportReport = () => {
    const titles = new Map(documentTitles);
    titles.set(task.document.id, documentName);
    const report = formatTaskReport(task, chains, { origin: window.location.origin, documentTitles: titles, generatedAt: new Date() });
    downloadFile(`legal-basis-${task.id.replace(/[^\w-]+/g, "-")}.md`, report, "text/markdown;charset=utf-8");
  };
  return (
    <div className="view">
      <p className="muted">
        <KindBadge kind="Task" /> in <Link to={{ view: "document", id: task.document.id }}>{documentName}</Link>,{" "}
        <Link to={{ view: "document", id: task.document.id, provision: task.provision.id }}>{task.provision.path}</Link>
      </p>
      <h1 className="task-title">{task.text}</h1>
      <div className="actions">
        <button type="button" onClick={exportReport}>
          Legal-basis report (Markdown)
        </button>
        <Link to={graphRoute([task.id])}>Show in the graph</Link>
      </div>
      <div className="columns">
        <section aria-labelledby="facts" className="facts">
          <h2 id="facts">Facts</h2>
          <dl>
            <dt>Sector</dt>
            <dd>{task.sector ? SECTOR_LABELS[task.sector] : "—"}</dd>
            <dt>Deadline</dt>
            <dd>{task.deadline ?? "none stated"}</dd>
            <dt>Places</dt>
            <dd>
              <ul className="plain">
                {task.places.map((place) => (
                  <li key={place.id}>
                    <Link to={placeRoute(place.id)}>{place.fullName}</Link>
                    {place.parent ? <span className="muted"> in {place.parent.fullName}</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Bodies and roles</dt>
            <dd>
              <ul className="plain">
                {task.responsibilities.map(({ body, role, source }) => (
                  <li key={`${body.id}:${role}`}>
                    <Link to={{ view: "node", id: body.id, tasks: { role } }}>{body.name}</Link> <span className="role">{role}</span>{" "}
                    <span className="muted">{ROLE_LABELS[role]}</span>
                    {source ? <q className="role-words">{source.text}</q> : null}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Projects</dt>
            <dd>
              <LinkList items={nodeLinks(task.projects)} />
            </dd>
            <dt>Targets</dt>
            <dd>
              <LinkList items={nodeLinks(task.targets.map((target) => ({ id: target.id, name: target.text })))} />
            </dd>
            <dt>Cites in its own words</dt>
            <dd>
              {task.citations.length === 0 ? "—" : null}
              <ul className="plain">
                {task.citations.map((citation) => (
                  <li key={citation.instrument.id}>
                    <NodeLink node={citation.instrument} badge={false} />
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        </section>
        <section aria-labelledby="in-document" className="in-document">
          <h2 id="in-document">In its document</h2>
          <DocumentText text={task.document.text} mark={task.source} around={task.provision.source} />
        </section>
      </div>
      <section aria-labelledby="basis">
        <h2 id="basis">Legal basis: {chains.length} instruments</h2>
        <p className="muted">
          What the sentence cites, what the provisions above it cite, the document's "Căn cứ", and onward through amendments: each chain
          from the task to one instrument, every step with the words that state it.
        </p>
        <LegalBasisChains chains={chains} documentTitles={new Map([...documentTitles, [task.document.id, documentName]])} />
      </section>
    </div>
  );
}
