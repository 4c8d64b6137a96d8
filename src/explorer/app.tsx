import { Component, type ErrorInfo, lazy, type ReactNode, Suspense, useEffect } from "react";
import { RequestLog } from "./components/request-log.js";
import { SearchBox } from "./components/search-box.js";
import { Loading, NotFound } from "./components/status.js";
import { type Route } from "./routing/route.js";
import { Link, RouteProvider, useNavigation } from "./routing/use-route.js";
import { DocumentView } from "./views/document-view.js";
import { HomeView } from "./views/home-view.js";
import { NodeView } from "./views/node-view.js";
import { PlaceView } from "./views/place-view.js";
import { SearchView } from "./views/search-view.js";
import { TaskView } from "./views/task-view.js";

// The drawing and chart libraries are large: they load when their view opens, not on the first view.
const GraphView = lazy(() => import("./views/graph-view.js"));
const DashboardView = lazy(() => import("./views/dashboard-view.js"));

/** A rendering failure shows its message instead of a blank page, and clears on the next navigation. */
class ViewBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null; key: string }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: Error | null; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("view failed", error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-box" role="alert">
        <p className="error-title">
          <code className="error-code">CLIENT_ERROR</code> This view failed to draw.
        </p>
        <p className="error-message">{this.state.error.message}</p>
      </div>
    );
  }
}

function titleOf(route: Route): string {
  switch (route.view) {
    case "home":
      return "Explorer";
    case "search":
      return `Search: ${route.q}`;
    case "graph":
      return "Graph";
    case "dashboard":
      return "Dashboards";
    case "not-found":
      return "Not found";
    default:
      return route.view.charAt(0).toUpperCase() + route.view.slice(1);
  }
}

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case "home":
      return <HomeView />;
    case "search":
      return <SearchView q={route.q} />;
    case "place":
      return <PlaceView id={route.id} tasks={route.tasks} />;
    case "task":
      return <TaskView id={route.id} />;
    case "document":
      return <DocumentView id={route.id} provision={route.provision} />;
    case "node":
      return <NodeView id={route.id} tasks={route.tasks} />;
    case "graph":
      return <GraphView route={route} />;
    case "dashboard":
      return <DashboardView tasks={route.tasks} geography={route.geography} />;
    case "not-found":
      return <NotFound what={`The explorer has no page at ${route.path}.`} />;
  }
}

function Shell() {
  const { route } = useNavigation();
  useEffect(() => {
    document.title = `${titleOf(route)} · policy-graph`;
  }, [route]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to={{ view: "home" }} className="brand">
          policy-graph
        </Link>
        <SearchBox />
        <nav aria-label="Views">
          <ul>
            <li>
              <Link to={{ view: "dashboard", tasks: {} }} aria-current={route.view === "dashboard" ? "page" : undefined}>
                Dashboards
              </Link>
            </li>
            <li>
              <Link to={{ view: "graph", nodes: [], types: null }} aria-current={route.view === "graph" ? "page" : undefined}>
                Graph
              </Link>
            </li>
            <li>
              <a href="/graphiql">GraphiQL</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <ViewBoundary resetKey={JSON.stringify(route)}>
          <Suspense fallback={<Loading what="the view" />}>
            <CurrentView route={route} />
          </Suspense>
        </ViewBoundary>
      </main>
      <RequestLog />
    </>
  );
}

export function App() {
  return (
    <RouteProvider>
      <Shell />
    </RouteProvider>
  );
}
