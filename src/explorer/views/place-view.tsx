import { useQuery } from "../api/use-query.js";
import { LinkList, nodeLinks, placeLinks } from "../components/link-list.js";
import { KindBadge } from "../components/node-link.js";
import { ErrorBox, Loading, NotFound } from "../components/status.js";
import { TaskList } from "../components/task-list.js";
import { ExplorerPlaceDocument, type ExplorerPlaceQuery } from "../generated/graphql.js";
import { PLACE_KIND_LABELS } from "../labels.js";
import { graphRoute, placeRoute, type TaskListState } from "../routing/route.js";
import { Link, useNavigation } from "../routing/use-route.js";

type PlaceData = NonNullable<ExplorerPlaceQuery["place"]>;
type Succession = PlaceData["successorLinks"][number];

/** Places that took this one over, or that it took over, in a reorganisation, with the day and whether whole. */
function SuccessionList({ title, links }: { title: string; links: Succession[] }) {
  if (links.length === 0) return null;
  return (
    <section className="succession">
      <h2>{title}</h2>
      <ul className="chips">
        {links.map((link) => (
          <li key={link.place.id}>
            <Link to={placeRoute(link.place.id)}>{link.place.fullName}</Link>
            <span className="muted">
              {link.on ? ` on ${link.on}` : ""}
              {link.whole === true ? ", whole" : link.whole === false ? ", in part" : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
type Ancestor = { id: string; fullName: string; parent?: Ancestor | null };

/** The chain from the largest unit down to the place's parent. */
function ancestors(place: PlaceData): Ancestor[] {
  const chain: Ancestor[] = [];
  for (let current: Ancestor | null | undefined = place.parent; current; current = current.parent) chain.unshift(current);
  return chain;
}

function lifetime({ validFrom, validTo }: PlaceData): string {
  if (validFrom && validTo) return ` · from ${validFrom} until ${validTo}`;
  if (validTo) return ` · until ${validTo}`;
  return validFrom ? ` · since ${validFrom}` : "";
}

/** A place: where it sits in the hierarchy, what lies below it, and its tasks (below it too, by default). */
export function PlaceView({ id, tasks }: { id: string; tasks: TaskListState }) {
  const { navigate } = useNavigation();
  const result = useQuery(ExplorerPlaceDocument, { id });
  const place = result.data?.place;
  if (result.loading) return <Loading what="the place" />;
  if (result.error) return <ErrorBox error={result.error} onRetry={result.retry} />;
  if (!place) return <NotFound what={`No place has the id ${id}.`} />;
  return (
    <div className="view">
      <nav aria-label="Hierarchy" className="breadcrumbs">
        <ol>
          {ancestors(place).map((unit) => (
            <li key={unit.id}>
              <Link to={placeRoute(unit.id)}>{unit.fullName}</Link>
            </li>
          ))}
          <li aria-current="page">{place.fullName}</li>
        </ol>
      </nav>
      <h1>
        <KindBadge kind="Place" /> {place.fullName}
      </h1>
      <p className="muted">
        {PLACE_KIND_LABELS[place.kind]}
        {place.code ? ` · GSO code ${place.code}` : ""}
        {lifetime(place)} · {place.own.totalCount} tasks
        here, {place.all.totalCount} with the places below
        {place.predecessorLinks.length > 0 ? `, ${place.inherited.totalCount} with the places it took over` : ""} ·{" "}
        <Link to={graphRoute([place.id])}>show in the graph</Link>
      </p>
      <SuccessionList title="Taken over by (reorganisation)" links={place.successorLinks} />
      <SuccessionList title="Took over (reorganisation)" links={place.predecessorLinks} />
      {place.children.length > 0 ? (
        <section aria-labelledby="below">
          <h2 id="below">Below it</h2>
          <LinkList className="chips" items={placeLinks(place.children)} />
        </section>
      ) : null}
      {place.projects.length > 0 ? (
        <section aria-labelledby="projects">
          <h2 id="projects">Projects here</h2>
          <LinkList className="chips" items={nodeLinks(place.projects)} />
        </section>
      ) : null}
      <h2>Tasks</h2>
      <TaskList
        state={tasks}
        fixed={{ placeId: place.id }}
        hide={place.predecessorLinks.length > 0 ? [] : ["predecessors"]}
        exportName={place.name}
        onChange={(next) => navigate({ view: "place", id: place.id, tasks: next })}
      />
    </div>
  );
}
