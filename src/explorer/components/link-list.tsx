import type { ReactNode } from "react";
import { nodeRoute, placeRoute, type Route } from "../routing/route.js";
import { Link } from "../routing/use-route.js";

export interface LinkItem {
  key: string;
  to: Route;
  label: string;
}

/** Named things as a list of links, or `empty` when there are none. */
export function LinkList({ items, className = "plain", empty = "—" }: { items: readonly LinkItem[]; className?: string; empty?: ReactNode }) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.key}>
          <Link to={item.to}>{item.label}</Link>
        </li>
      ))}
    </ul>
  );
}

export function placeLinks(places: readonly { id: string; fullName: string }[]): LinkItem[] {
  return places.map((place) => ({ key: place.id, to: placeRoute(place.id), label: place.fullName }));
}

/** Bodies, projects and targets, which open in the node view. */
export function nodeLinks(nodes: readonly { id: string; name: string }[]): LinkItem[] {
  return nodes.map((node) => ({ key: node.id, to: nodeRoute(node.id), label: node.name }));
}
