import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { SerializedLinkGraph } from 'gt-corpus';

export interface LaidOutNode extends SimulationNodeDatum {
  key: string;
  label: string;
  kind: string;
  x: number;
  y: number;
}

export interface LaidOutEdge {
  key: string;
  source: LaidOutNode;
  target: LaidOutNode;
  weight: number;
  reasons: string[];
}

/**
 * Positions the link graph's nodes with d3-force. The simulation runs to rest
 * synchronously (no animation: the page and its screenshot are the same on
 * every load — d3-force seeds its own random source), stronger links pulling
 * their articles closer.
 */
export function layoutGraph(graph: SerializedLinkGraph, width: number, height: number): { nodes: LaidOutNode[]; edges: LaidOutEdge[] } {
  const nodes: LaidOutNode[] = graph.nodes.map((n) => ({ key: n.key, label: n.attributes.label, kind: n.attributes.kind, x: 0, y: 0 }));
  const links: Array<SimulationLinkDatum<LaidOutNode> & { key: string; weight: number; reasons: string[] }> = graph.edges.map((e) => ({
    key: e.key,
    source: e.source,
    target: e.target,
    weight: e.attributes.weight,
    reasons: e.attributes.reasons,
  }));
  const maxWeight = Math.max(1, ...links.map((l) => l.weight));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink<LaidOutNode, (typeof links)[number]>(links).id((n) => n.key).distance((l) => 220 - 120 * (l.weight / maxWeight)))
    .force('charge', forceManyBody().strength(-900))
    .force('collide', forceCollide(70))
    .force('center', forceCenter(width / 2, height / 2))
    .stop();
  simulation.tick(400);
  // Fit the result into the drawing, keeping room for the labels.
  const pad = { x: 150, y: 40 };
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const n of nodes) {
    n.x = pad.x + ((n.x - minX) / Math.max(1, maxX - minX)) * (width - 2 * pad.x);
    n.y = pad.y + ((n.y - minY) / Math.max(1, maxY - minY)) * (height - 2 * pad.y);
  }
  const edges = links.map((l) => ({ key: l.key, source: l.source as LaidOutNode, target: l.target as LaidOutNode, weight: l.weight, reasons: l.reasons }));
  return { nodes, edges };
}
