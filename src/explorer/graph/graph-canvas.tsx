import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import fcose from "cytoscape-fcose";
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import { shortTitle } from "../labels.js";
import type { GraphElements } from "./graph-elements.js";
import { EDGE_COLOUR, FOCUS_BORDER, KIND_COLOURS, KIND_SHAPES } from "./kind-style.js";

cytoscape.use(fcose);

const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 10,
      color: "#1f2933",
      "text-valign": "bottom",
      "text-halign": "center",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "140px",
      width: 26,
      height: 26,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { "background-color": colour, shape: KIND_SHAPES[kind as keyof typeof KIND_SHAPES] as "ellipse" },
  })),
  { selector: "node.focus", style: { "border-width": 4, "border-color": FOCUS_BORDER, width: 32, height: 32 } },
  { selector: "node.end", style: { "border-width": 4, "border-color": "#b8860b", width: 34, height: 34 } },
  { selector: "node:selected", style: { "overlay-color": "#2563eb", "overlay-opacity": 0.25, "overlay-padding": 6 } },
  {
    selector: "edge",
    style: {
      width: 2,
      "line-color": EDGE_COLOUR,
      "target-arrow-color": EDGE_COLOUR,
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 8,
      color: "#3e4c59",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
    },
  },
];

export interface GraphCanvasHandle {
  /** The drawing as a PNG, twice the screen's resolution, on white. */
  png(): Blob | null;
}

interface GraphCanvasProps {
  elements: GraphElements;
  /** Nodes drawn with a heavy border: the ones expanded. */
  focus: ReadonlySet<string>;
  /** The chosen ends of a path. */
  ends: ReadonlySet<string>;
  onNodeTap(id: string): void;
}

function toDefinitions(elements: GraphElements): ElementDefinition[] {
  return [
    ...[...elements.nodes.values()].map(({ id, node }) => ({ group: "nodes" as const, data: { id, kind: node.__typename, label: shortTitle(node, 40) } })),
    ...[...elements.edges.values()].map((edge) => ({ group: "edges" as const, data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label } })),
  ];
}

/**
 * Where a new node starts: beside a drawn node it is joined to, so the
 * incremental layout has little to move; mid-view when it joins none.
 */
function startingPoint(instance: Core, definition: ElementDefinition, elements: GraphElements): { x: number; y: number } {
  const jitter = () => Math.random() * 60 - 30;
  const id = definition.data.id!;
  for (const edge of elements.edges.values()) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    const drawn = other ? instance.getElementById(other) : null;
    if (drawn && drawn.nonempty() && drawn.isNode()) {
      const { x, y } = drawn.position();
      return { x: x + jitter(), y: y + jitter() };
    }
  }
  const view = instance.extent();
  return { x: (view.x1 + view.x2) / 2 + jitter(), y: (view.y1 + view.y2) / 2 + jitter() };
}

/**
 * The graph drawn by cytoscape.js with the fCoSE force-directed layout. New
 * elements are added to the drawing and laid out from where the old ones
 * stand, so expanding a node does not scatter what the reader has seen.
 */
export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas({ elements, focus, ends, onNodeTap }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const tap = useRef(onNodeTap);
  tap.current = onNodeTap;

  useImperativeHandle(ref, () => ({
    png: () => (cy.current ? cy.current.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }) : null),
  }));

  useEffect(() => {
    const instance = cytoscape({ container: container.current, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    instance.on("tap", "node", (event) => tap.current(event.target.id()));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = toDefinitions(elements);
    const wantedIds = new Set(wanted.map((definition) => definition.data.id!));
    const hadElements = instance.elements().length > 0;
    instance.batch(() => {
      instance.elements().filter((element) => !wantedIds.has(element.id())).remove();
      const added = wanted.filter((definition) => instance.getElementById(definition.data.id!).empty());
      if (added.length > 0) {
        instance.add(
          added.map((definition) => (definition.group === "nodes" ? { ...definition, position: startingPoint(instance, definition, elements) } : definition)),
        );
      }
      instance.nodes().forEach((node) => {
        node.toggleClass("focus", focus.has(node.id()));
        node.toggleClass("end", ends.has(node.id()));
      });
    });
    if (instance.nodes().length > 0) {
      // Busy until the laid-out drawing is on screen: readers (and tests) see a settled picture.
      container.current?.setAttribute("aria-busy", "true");
      instance.one("layoutstop", () => {
        instance.one("render", () => container.current?.setAttribute("aria-busy", "false"));
        instance.forceRender();
      });
      instance
        .layout({
          name: "fcose",
          randomize: !hadElements,
          quality: hadElements ? "proof" : "default",
          animate: false,
          packComponents: false,
          nodeDimensionsIncludeLabels: true,
          idealEdgeLength: () => 90,
          nodeRepulsion: () => 9000,
          padding: 30,
        } as cytoscape.LayoutOptions)
        .run();
    }
  }, [elements, focus, ends]);

  return <div ref={container} className="graph-canvas" role="img" aria-label="Graph drawing; the table beside it lists the same nodes" />;
});
