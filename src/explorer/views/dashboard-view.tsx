import { type QueryResult, useQuery } from "../api/use-query.js";
import { type Bar, BarChart } from "../components/bar-chart.js";
import { ErrorBox, Loading } from "../components/status.js";
import { TaskList } from "../components/task-list.js";
import { ExplorerTaskCountsDocument, type ExplorerTaskCountsQuery, type ResponsibilityRole, type Sector } from "../generated/graphql.js";
import { nodeTitle, SECTOR_LABELS } from "../labels.js";
import type { Route, TaskListState } from "../routing/route.js";
import { useNavigation } from "../routing/use-route.js";

type Counts = ExplorerTaskCountsQuery["taskCounts"];

const TOP = 15;
const NO_SECTOR = "NONE";

function topBars(counts: Counts | undefined, label: (count: Counts[number]) => string, key: (count: Counts[number]) => string): Bar[] {
  return (counts ?? [])
    .filter((count) => count.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP)
    .map((count) => ({ key: key(count), label: label(count), count: count.count }));
}

function Chart({
  title,
  counts,
  bars,
  activeKey,
  onSelect,
}: {
  title: string;
  counts: QueryResult<ExplorerTaskCountsQuery>;
  bars: Bar[];
  activeKey?: string;
  onSelect(key: string): void;
}) {
  if (counts.loading) return <Loading what={title.toLowerCase()} />;
  if (counts.error) return <ErrorBox error={counts.error} onRetry={counts.retry} />;
  return <BarChart title={title} bars={bars} activeKey={activeKey} onSelect={onSelect} />;
}

/** Task counts by place (rolled up), by sector, by body and role; a click on a bar filters the list below. */
export default function DashboardView({ tasks, geography }: { tasks: TaskListState; geography?: "CURRENT" }) {
  const { navigate } = useNavigation();
  const byPlace = useQuery(ExplorerTaskCountsDocument, { groupBy: "PLACE", geography: geography ?? "AS_WRITTEN" });
  const bySector = useQuery(ExplorerTaskCountsDocument, { groupBy: "SECTOR" });
  const byBody = useQuery(ExplorerTaskCountsDocument, { groupBy: "BODY_ROLE" });
  const go = (next: TaskListState, nextGeography = geography) => navigate({ view: "dashboard", tasks: next, geography: nextGeography } satisfies Route);

  const placeBars = topBars(byPlace.data?.taskCounts, (count) => (count.node ? nodeTitle(count.node) : (count.key ?? "")), (count) => count.key ?? "");
  const sectorBars = topBars(
    bySector.data?.taskCounts,
    (count) => (count.key ? SECTOR_LABELS[count.key as Sector] : "no sector"),
    (count) => count.key ?? NO_SECTOR,
  ).filter((bar) => bar.key !== NO_SECTOR);
  const bodyBars = topBars(
    byBody.data?.taskCounts,
    (count) => `${count.role} · ${count.node ? nodeTitle(count.node) : count.key}`,
    (count) => `${count.key}|${count.role}`,
  );
  const bodyKey = tasks.bodyId && tasks.role ? `${tasks.bodyId}|${tasks.role}` : undefined;
  const placeCount = byPlace.data?.taskCounts.find((count) => count.key === tasks.placeId);
  const placeName = placeCount?.node ? nodeTitle(placeCount.node) : tasks.placeId;

  // Today's places count the tasks of the places they took over: the list follows suit.
  const selectPlace = (key: string) => {
    const same = tasks.placeId === key;
    go({
      ...tasks,
      placeId: same ? undefined : key,
      includeSubPlaces: same ? undefined : true,
      includePredecessors: same || geography !== "CURRENT" ? undefined : true,
      after: undefined,
      page: undefined,
    });
  };
  const setGeography = (next: "CURRENT" | undefined) =>
    go({ ...tasks, placeId: undefined, includeSubPlaces: undefined, includePredecessors: undefined, after: undefined, page: undefined }, next);
  const selectSector = (key: string) => go({ ...tasks, sector: tasks.sector === key ? undefined : (key as Sector), after: undefined, page: undefined });
  const selectBody = (key: string) => {
    const [bodyId, role] = key.split("|");
    const same = bodyKey === key;
    go({ ...tasks, bodyId: same ? undefined : bodyId, role: same ? undefined : (role as ResponsibilityRole), after: undefined, page: undefined });
  };

  return (
    <div className="view">
      <h1>Dashboards</h1>
      <p className="muted">Click a bar to filter the task list below; click it again to clear. Place counts include the places below each place.</p>
      <div className="geography" role="group" aria-label="Places counted">
        <button type="button" aria-pressed={geography !== "CURRENT"} onClick={() => setGeography(undefined)}>
          Places as the documents name them
        </button>
        <button type="button" aria-pressed={geography === "CURRENT"} onClick={() => setGeography("CURRENT")}>
          Today's places (since the 1 July 2025 reorganisation)
        </button>
      </div>
      <div className="charts">
        <Chart title={geography === "CURRENT" ? "Tasks by today's place (rolled up)" : "Tasks by place (rolled up)"} counts={byPlace} bars={placeBars} activeKey={tasks.placeId} onSelect={selectPlace} />
        <Chart title="Tasks by sector" counts={bySector} bars={sectorBars} activeKey={tasks.sector} onSelect={selectSector} />
        <Chart title="Tasks by body and role" counts={byBody} bars={bodyBars} activeKey={bodyKey} onSelect={selectBody} />
      </div>
      <h2>Tasks</h2>
      {tasks.placeId ? (
        <p className="active-filter">
          In <strong>{placeName}</strong> and the places below it{tasks.includePredecessors ? " and the places it took over" : ""}{" "}
          <button type="button" onClick={() => selectPlace(tasks.placeId!)}>
            Clear the place
          </button>
        </p>
      ) : null}
      <TaskList state={tasks} exportName="dashboard" onChange={go} />
    </div>
  );
}
