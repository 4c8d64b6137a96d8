import { type AnchorHTMLAttributes, createContext, type MouseEvent, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { parseRoute, type Route, routeHref } from "./route.js";

interface Navigation {
  route: Route;
  navigate(route: Route, options?: { replace?: boolean }): void;
}

const RouteContext = createContext<Navigation | null>(null);

function currentRoute(): Route {
  return parseRoute(window.location.pathname, window.location.search);
}

/** Keeps the route in step with the URL: pushState on navigation, popstate on back and forward. */
export function RouteProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(currentRoute);
  useEffect(() => {
    const onPop = () => setRoute(currentRoute());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    const href = routeHref(next);
    if (href === window.location.pathname + window.location.search) return;
    if (options.replace) window.history.replaceState(null, "", href);
    else {
      window.history.pushState(null, "", href);
      window.scrollTo(0, 0);
    }
    setRoute(parseRoute(window.location.pathname, window.location.search));
  }, []);
  const value = useMemo(() => ({ route, navigate }), [route, navigate]);
  return <RouteContext.Provider value={value}>{children}</RouteContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(RouteContext);
  if (!navigation) throw new Error("useNavigation outside RouteProvider");
  return navigation;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: Route };

/** A real link (open in a new tab, copy its address) that navigates in place on a plain click. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const { navigate } = useNavigation();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a {...rest} href={routeHref(to)} onClick={handleClick}>
      {children}
    </a>
  );
}
