// maplabels.js draws what the map writes and shades besides its markers:
// the names of countries and cities, placed where they fit without
// overlapping, and the hatching of countries that records are placed in
// as a whole.

import { svg, clear } from "./dom.js";
import { stretch, Boxes } from "./mapdata.js";

// placeLabels names, in map's label layer, the countries big enough on
// screen (w by h pixels) to hold their name, then the cities the zoom
// allows, biggest first, skipping any label that would overlap one
// already placed or a marker.
export function placeLabels(map, w, h) {
  clear(map.labels);
  const taken = new Boxes();
  for (const g of map.clusters) {
    const [x, y] = map.project(g.lon, g.lat);
    taken.take([x - 8, y - 8, x + 8, y + 8]);
  }
  const k = map.view.k;
  const inView = (x, y) => x > 0 && x < w && y > 0 && y < h;
  for (const c of map.countries) {
    const l = c.label;
    if (!l || !c.name) continue;
    const tw = c.name.length * 6.2;
    if (l.w * stretch * k < tw + 12 || l.h * k < 16) continue;
    const [x, y] = map.project(l.lon, l.lat);
    if (!inView(x, y) || !taken.take([x - tw / 2, y - 7, x + tw / 2, y + 7])) continue;
    map.labels.append(svg("text", { class: "label country", x: x.toFixed(1), y: y.toFixed(1), "text-anchor": "middle", dy: "0.35em" }, c.name));
  }
  for (const c of map.cities) {
    if (k < c.minK) continue;
    const [x, y] = map.project(c.lon, c.lat);
    if (!inView(x, y)) continue;
    const tw = c.name.length * 6;
    if (!taken.take([x - 3, y - 7, x + 6 + tw, y + 7])) continue;
    map.labels.append(svg("circle", { class: "city", cx: x.toFixed(1), cy: y.toFixed(1), r: 2 }),
      svg("text", { class: "label city", x: (x + 5).toFixed(1), y: y.toFixed(1), dy: "0.35em" }, c.name));
  }
}

// hatchPattern returns a canvas pattern of thin diagonal lines, for the
// countries that records are placed in as a whole.
export function hatchPattern(ctx) {
  const p = document.createElement("canvas");
  p.width = p.height = 8;
  const g = p.getContext("2d");
  g.strokeStyle = "rgba(215, 48, 31, 0.28)";
  g.lineWidth = 1.2;
  g.beginPath();
  g.moveTo(0, 8);
  g.lineTo(8, 0);
  g.stroke();
  return ctx.createPattern(p, "repeat");
}
