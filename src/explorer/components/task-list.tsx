import { type FormEvent, useEffect, useState } from "react";
import { ApiRequestError, client } from "../api/graphql-client.js";
import { EXPORT_PAGE_SIZE, TASK_PAGE_SIZE } from "../api/request-sizes.js";
import { useQuery } from "../api/use-query.js";
import {
  ExplorerFilterOptionsDocument,
  ExplorerTaskCursorDocument,
  ExplorerTasksDocument,
  type ResponsibilityRole,
  type Sector,
  type TaskRowFragment,
  type TaskWhere,
} from "../generated/graphql.js";
import { downloadFile, slugify } from "../export/download.js";
import { formatTasksCsv } from "../export/tasks-csv.js";
import { instrumentTitle, ROLE_LABELS, ROLES, SECTOR_LABELS, SECTORS } from "../labels.js";
import type { TaskListState } from "../routing/route.js";
import { Link } from "../routing/use-route.js";
import { ErrorBox, Loading } from "./status.js";

type FilterName = "body" | "role" | "sector" | "document" | "instrument" | "project" | "text" | "subPlaces" | "predecessors";

interface TaskListProps {
  state: TaskListState;
  onChange(state: TaskListState): void;
  /** Criteria the view itself sets (the place it shows), not offered as filters. */
  fixed?: Partial<TaskWhere>;
  /** Filters to leave out because `fixed` sets them. */
  hide?: FilterName[];
  /** Names the exported file. */
  exportName: string;
}

export function taskWhere(state: TaskListState, fixed: Partial<TaskWhere> = {}): TaskWhere {
  const where: TaskWhere = {
    placeId: state.placeId,
    includeSubPlaces: state.placeId || fixed.placeId ? (state.includeSubPlaces ?? true) : undefined,
    includePredecessors: (state.placeId || fixed.placeId) && state.includePredecessors ? true : undefined,
    bodyId: state.bodyId,
    role: state.role,
    sector: state.sector,
    documentId: state.documentId,
    instrumentId: state.instrumentId,
    projectId: state.projectId,
    text: state.text,
    ...fixed,
  };
  return Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined && value !== "")) as TaskWhere;
}

/** The task's bodies grouped by role, in the order roles are listed: one line per role. */
function rolesOf(task: TaskRowFragment): { role: ResponsibilityRole; names: string[] }[] {
  return ROLES.map((role) => ({ role, names: task.responsibilities.filter((item) => item.role === role).map((item) => item.body.name) })).filter(
    (group) => group.names.length > 0,
  );
}

/** The cursor page N starts after: walks the list's cursors a hundred tasks at a time. */
async function cursorBefore(where: TaskWhere, page: number): Promise<string | undefined> {
  let remaining = (page - 1) * TASK_PAGE_SIZE;
  let after: string | undefined;
  while (remaining > 0) {
    const first = Math.min(remaining, EXPORT_PAGE_SIZE);
    const { tasks } = await client.request(ExplorerTaskCursorDocument, { where, first, after });
    after = tasks.pageInfo.endCursor ?? undefined;
    remaining -= first;
  }
  return after;
}

async function fetchAllTasks(where: TaskWhere, onProgress: (count: number) => void): Promise<TaskRowFragment[]> {
  const rows: TaskRowFragment[] = [];
  let after: string | undefined;
  for (;;) {
    const { tasks } = await client.request(ExplorerTasksDocument, { where, first: EXPORT_PAGE_SIZE, after });
    rows.push(...tasks.edges.map((edge) => edge.node));
    onProgress(rows.length);
    if (!tasks.pageInfo.hasNextPage || !tasks.pageInfo.endCursor) return rows;
    after = tasks.pageInfo.endCursor;
  }
}

/**
 * A filtered, paged list of tasks with its count and a CSV export of every
 * task that matches. Filters and page live in the URL through `onChange`.
 */
export function TaskList({ state, onChange, fixed = {}, hide = [], exportName }: TaskListProps) {
  const where = taskWhere(state, fixed);
  const page = state.page ?? 1;
  const tasks = useQuery(ExplorerTasksDocument, { where, first: TASK_PAGE_SIZE, after: state.after });
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<ApiRequestError | null>(null);
  const [paging, setPaging] = useState(false);

  const change = (next: Partial<TaskListState>) => onChange({ ...state, ...next, after: undefined, page: undefined });

  const goToPage = async (target: number, after: string | undefined) => {
    onChange({ ...state, after, page: target > 1 ? target : undefined });
  };
  const previous = async () => {
    setPaging(true);
    try {
      await goToPage(page - 1, await cursorBefore(where, page - 1));
    } catch (error) {
      setExportError(error as ApiRequestError);
    } finally {
      setPaging(false);
    }
  };
  const exportCsv = async () => {
    setExportError(null);
    setExporting("0");
    try {
      const rows = await fetchAllTasks(where, (count) => setExporting(String(count)));
      downloadFile(`tasks-${slugify(exportName)}.csv`, formatTasksCsv(rows, window.location.origin), "text/csv;charset=utf-8");
    } catch (error) {
      setExportError(error as ApiRequestError);
    } finally {
      setExporting(null);
    }
  };

  const connection = tasks.data?.tasks;
  const first = (page - 1) * TASK_PAGE_SIZE + 1;
  return (
    <section className="task-list" aria-label="Tasks">
      <TaskFilters state={state} hide={where.placeId ? hide : [...hide, "subPlaces", "predecessors"]} onChange={change} />
      <div className="task-list-bar">
        <p className="task-count" aria-live="polite">
          {connection ? (
            connection.totalCount === 0 ? (
              "No task matches."
            ) : (
              <>
                <strong data-testid="task-total">{connection.totalCount}</strong> {connection.totalCount === 1 ? "task" : "tasks"}
                {connection.totalCount > TASK_PAGE_SIZE ? `, showing ${first}–${first + connection.edges.length - 1}` : ""}
              </>
            )
          ) : null}
        </p>
        <button type="button" onClick={exportCsv} disabled={!connection || connection.totalCount === 0 || exporting !== null}>
          {exporting === null ? "Export CSV" : `Exporting… ${exporting}`}
        </button>
      </div>
      {exportError ? <ErrorBox error={exportError} /> : null}
      {tasks.error ? <ErrorBox error={tasks.error} onRetry={tasks.retry} /> : null}
      {tasks.loading ? <Loading what="tasks" /> : null}
      {connection && connection.edges.length > 0 ? (
        <table className="tasks-table">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Provision</th>
              <th scope="col">Places</th>
              <th scope="col">Bodies and roles</th>
              <th scope="col">Sector</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id} data-task-id={node.id}>
                <td className="task-text">
                  <Link to={{ view: "task", id: node.id }}>{node.text}</Link>
                  {node.deadline ? <span className="deadline"> · deadline {node.deadline}</span> : null}
                </td>
                <td>
                  <Link to={{ view: "document", id: node.document.id, provision: node.provision.id }}>{node.provision.path}</Link>
                </td>
                <td>{node.places.map((place) => place.fullName).join(", ")}</td>
                <td>
                  {rolesOf(node).map(({ role, names }) => (
                    <div key={role}>
                      <span className="role">{role}</span> {names.join(", ")}
                    </div>
                  ))}
                </td>
                <td>{node.sector ? SECTOR_LABELS[node.sector] : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {connection && (page > 1 || connection.pageInfo.hasNextPage) ? (
        <nav className="pager" aria-label="Pages">
          <button type="button" disabled={page <= 1 || paging} onClick={() => goToPage(1, undefined)}>
            First page
          </button>
          <button type="button" disabled={page <= 1 || paging} onClick={previous}>
            Previous
          </button>
          <span>Page {page} of {Math.max(1, Math.ceil(connection.totalCount / TASK_PAGE_SIZE))}</span>
          <button
            type="button"
            disabled={!connection.pageInfo.hasNextPage}
            onClick={() => goToPage(page + 1, connection.pageInfo.endCursor ?? undefined)}
          >
            Next
          </button>
        </nav>
      ) : null}
    </section>
  );
}

interface Choice {
  value: string;
  label: string;
}

/** One select per criterion: its label, the state it sets, and its choices once the options have loaded. */
function SelectFilter({ label, value, choices, anyLabel = "any", onPick }: { label: string; value: string | undefined; choices: Choice[]; anyLabel?: string; onPick(value: string | undefined): void }) {
  return (
    <label>
      {label}
      <select value={value ?? ""} onChange={(event) => onPick(event.target.value || undefined)}>
        <option value="">{anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function TaskFilters({ state, hide, onChange }: { state: TaskListState; hide: FilterName[]; onChange(next: Partial<TaskListState>): void }) {
  const options = useQuery(ExplorerFilterOptionsDocument, {});
  const [text, setText] = useState(state.text ?? "");
  useEffect(() => setText(state.text ?? ""), [state.text]);
  const shown = (name: FilterName) => !hide.includes(name);
  const submitText = (event: FormEvent) => {
    event.preventDefault();
    onChange({ text: text.trim() || undefined });
  };
  const data = options.data;
  return (
    <form className="filters" onSubmit={submitText} aria-label="Task filters">
      {shown("subPlaces") ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.includeSubPlaces ?? true}
            onChange={(event) => onChange({ includeSubPlaces: event.target.checked })}
          />
          Include sub-places
        </label>
      ) : null}
      {shown("predecessors") ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.includePredecessors ?? false}
            onChange={(event) => onChange({ includePredecessors: event.target.checked || undefined })}
          />
          Include the places it took over
        </label>
      ) : null}
      {shown("body") ? (
        <SelectFilter
          label="Body"
          value={state.bodyId}
          choices={data?.bodies.map((body) => ({ value: body.id, label: body.name })) ?? []}
          onPick={(bodyId) => onChange({ bodyId })}
        />
      ) : null}
      {shown("role") ? (
        <SelectFilter
          label="Role"
          value={state.role}
          choices={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          onPick={(role) => onChange({ role: role as ResponsibilityRole | undefined })}
        />
      ) : null}
      {shown("sector") ? (
        <SelectFilter
          label="Sector"
          value={state.sector}
          choices={SECTORS.map((sector) => ({ value: sector, label: SECTOR_LABELS[sector] }))}
          onPick={(sector) => onChange({ sector: sector as Sector | undefined })}
        />
      ) : null}
      {shown("document") ? (
        <SelectFilter
          label="Document"
          value={state.documentId}
          choices={data?.documents.map((document) => ({ value: document.id, label: instrumentTitle("OTHER", document.number, document.title) })) ?? []}
          onPick={(documentId) => onChange({ documentId })}
        />
      ) : null}
      {shown("instrument") ? (
        <SelectFilter
          label="Cites"
          anyLabel="any instrument"
          value={state.instrumentId}
          choices={data?.legalInstruments.map((instrument) => ({ value: instrument.id, label: instrumentTitle(instrument.instrumentKind, instrument.number, instrument.title) })) ?? []}
          onPick={(instrumentId) => onChange({ instrumentId })}
        />
      ) : null}
      {shown("project") ? (
        <SelectFilter
          label="Project"
          value={state.projectId}
          choices={data?.projects.map((project) => ({ value: project.id, label: project.name })) ?? []}
          onPick={(projectId) => onChange({ projectId })}
        />
      ) : null}
      {shown("text") ? (
        <label>
          Words
          <span className="inline-field">
            <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="e.g. nuoc thai" />
            <button type="submit">Filter</button>
          </span>
        </label>
      ) : null}
      {options.error ? <ErrorBox error={options.error} onRetry={options.retry} /> : null}
    </form>
  );
}
