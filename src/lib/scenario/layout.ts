import { Graph, layout } from '@dagrejs/dagre';
import type { Rating } from './ratings';

/** What the map needs of a scenario. */
export interface MapInput {
  start: string;
  nodes: readonly { id: string; title: string; choices: readonly { to: string; when?: readonly string[] }[] }[];
  endings: readonly { id: string; title: string; rating: Rating }[];
}

/** A situation or ending placed on the map, with its title broken into lines. */
export interface MapBox {
  id: string;
  kind: 'situation' | 'ending';
  rating?: Rating;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A choice drawn as a line from one box to another; numbered as in the text version. */
export interface MapEdge {
  from: string;
  to: string;
  number: number;
  conditional: boolean;
  points: { x: number; y: number }[];
  labelAt: { x: number; y: number };
}

export interface ScenarioMapLayout {
  width: number;
  height: number;
  boxes: MapBox[];
  edges: MapEdge[];
}

const boxWidth = 190;
const lineHeight = 18;
const padding = 12;
const charactersPerLine = 22;

/** Breaks a title into lines of at most `width` characters, at spaces where possible. */
export function wrapWords(text: string, width = charactersPerLine): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lays out a scenario top to bottom with dagre: boxes for situations and endings, lines for choices. */
export function layoutScenarioMap(scenario: MapInput): ScenarioMapLayout {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, marginx: 8, marginy: 8 });
  const boxes = new Map<string, Omit<MapBox, 'x' | 'y'>>();
  const place = (id: string, kind: MapBox['kind'], title: string, rating?: Rating) => {
    const lines = wrapWords(title);
    const box = {
      id,
      kind,
      rating,
      lines,
      width: boxWidth,
      height: lines.length * lineHeight + 2 * padding + (rating ? lineHeight : 0),
    };
    boxes.set(id, box);
    graph.setNode(id, { width: box.width, height: box.height });
  };
  for (const node of scenario.nodes) place(node.id, 'situation', node.title);
  for (const ending of scenario.endings) place(ending.id, 'ending', ending.title, ending.rating);
  // Added last choice first: dagre then draws a node's choices from left to right as 1, 2, 3.
  for (const node of scenario.nodes) {
    for (let index = node.choices.length - 1; index >= 0; index--) {
      const to = node.choices[index]?.to ?? '';
      graph.setEdge(node.id, to, { width: 22, height: 18, labelpos: 'c' }, `${node.id}#${index}`);
    }
  }
  layout(graph);

  const edges = scenario.nodes.flatMap((node) =>
    node.choices.map((choice, index) => {
      const edge = graph.edge({ v: node.id, w: choice.to, name: `${node.id}#${index}` });
      return {
        from: node.id,
        to: choice.to,
        number: index + 1,
        conditional: (choice.when ?? []).length > 0,
        points: (edge?.points ?? []).map((point: { x: number; y: number }) => ({ x: point.x, y: point.y })),
        labelAt: { x: edge?.x ?? 0, y: edge?.y ?? 0 },
      };
    }),
  );
  const placed = [...boxes.values()].map((box) => {
    const { x = 0, y = 0 } = graph.node(box.id) ?? {};
    return { ...box, x: x - box.width / 2, y: y - box.height / 2 };
  });
  const { width = 0, height = 0 } = graph.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), boxes: placed, edges };
}
