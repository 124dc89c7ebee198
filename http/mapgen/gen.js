// gen.js writes ../assets/world.json, the country outlines the web page
// draws its map from. Run it from this directory: npm ci && node gen.js
//
// Outlines come from Natural Earth (public domain) at 1:50m scale, as
// packaged by the npm package world-atlas. Shared borders are simplified
// once, on the topology's arcs, so neighbouring countries still meet.
// Country codes and Arabic names come from the npm package world-countries
// (ODbL), matched on the ISO 3166-1 numeric id.
"use strict";

const fs = require("fs");
const path = require("path");
const topojson = require("topojson-client");
const topology = require("world-atlas/countries-50m.json");
const countries = require("world-countries");
const atlasVersion = require("world-atlas/package.json").version;

// tolerance is the Douglas-Peucker tolerance in degrees; digits is how
// many decimals coordinates keep.
const tolerance = 0.03;
const digits = 2;
// minArea drops islands smaller than this many square degrees.
const minArea = 0.01;

const out = path.join(__dirname, "..", "assets", "world.json");

// decodeArcs turns the topology's delta-encoded, quantized arcs into
// absolute longitude/latitude points.
function decodeArcs(t) {
  const [sx, sy] = t.transform.scale;
  const [tx, ty] = t.transform.translate;
  return t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

// simplify keeps the points of line that Douglas-Peucker keeps at tol,
// always keeping both ends.
function simplify(line, tol) {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1;
    let far = 0;
    for (let i = a + 1; i < b; i++) {
      const d = distance(line[i], line[a], line[b]);
      if (d > far) {
        far = d;
        worst = i;
      }
    }
    if (worst >= 0 && far > tol) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

// distance is how far p lies from the segment a-b.
function distance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  let t = len ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len : 0;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return Math.sqrt(x * x + y * y);
}

// ringArea is the absolute area of a ring in square degrees.
function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return Math.abs(a / 2);
}

// flatRing rounds a ring to hundredths of a degree, drops repeated points
// and returns it as one flat list of integers: the first point in
// hundredths of a degree (lon, lat), then each point as the difference
// from the one before. It returns null when too little is left.
function flatRing(ring) {
  const f = 10 ** digits;
  const flat = [];
  let px = 0;
  let py = 0;
  let n = 0;
  for (const [x, y] of ring) {
    const rx = Math.round(x * f);
    const ry = Math.round(y * f);
    if (n > 0 && rx === px && ry === py) continue;
    flat.push(rx - px, ry - py);
    px = rx;
    py = ry;
    n++;
  }
  return n >= 4 ? flat : null;
}

// codes maps ISO 3166-1 numeric ids to alpha-2 codes and Arabic names.
function codes() {
  const m = new Map();
  for (const c of countries) {
    if (c.ccn3) m.set(c.ccn3, { a2: c.cca2, ar: c.translations.ara?.common || "" });
  }
  return m;
}

function main() {
  const decoded = decodeArcs(topology);
  const simple = decoded.map((arc) => simplify(arc, tolerance));
  // Re-encode the simplified arcs so topojson-client can stitch rings.
  const t = {
    ...topology,
    transform: undefined,
    arcs: simple,
  };
  delete t.transform;
  const byNum = codes();
  const list = [];
  for (const g of t.objects.countries.geometries) {
    const f = topojson.feature(t, g);
    if (!f.geometry) continue;
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = [];
    for (const poly of polys) {
      // Keep outer rings of islands big enough to see, and their holes.
      if (ringArea(poly[0]) < minArea) continue;
      for (const ring of poly) {
        const flat = flatRing(ring);
        if (flat) rings.push(flat);
      }
    }
    if (!rings.length) continue;
    const name = g.properties.name;
    const c = byNum.get(g.id) || (name === "Kosovo" ? { a2: "XK", ar: "كوسوفو" } : { a2: "", ar: "" });
    list.push({ id: g.id || "", a2: c.a2, name, name_ar: c.ar, rings });
  }
  list.sort((a, b) => a.name.localeCompare(b.name));
  const doc = {
    source:
      "Natural Earth 1:50m admin-0 countries (public domain, naturalearthdata.com) via npm world-atlas@" +
      atlasVersion +
      "; alpha-2 codes and Arabic names from npm world-countries (ODbL). Generated by http/mapgen/gen.js: simplified " +
      tolerance +
      " deg, rounded to " +
      digits +
      " decimals. Each ring is a flat list of integers in units of 1/" + 10 ** digits +
      " degree: the first lon,lat, then each next point as its difference from the one before.",
    countries: list,
  };
  const text = "{\n" +
    '"source": ' + JSON.stringify(doc.source) + ',\n"countries": [\n' +
    list.map((c) => JSON.stringify(c)).join(",\n") +
    "\n]}\n";
  fs.writeFileSync(out, text);
  const points = list.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0);
  console.log(`wrote ${out}: ${list.length} countries, ${points} points, ${text.length} bytes`);
}

main();
