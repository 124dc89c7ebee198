// mapdata.js prepares what the map draws: country outlines decoded and
// made continuous across the antimeridian, records split into sited ones
// and ones placed only in a country or region, markers clustered at a
// zoom, and labels placed without overlapping.

// stretch is cos 30°: the map is equirectangular with its standard
// parallel at 30°N, where most of the events are: x = lon·cos 30°, y = lat.
export const stretch = Math.cos((30 * Math.PI) / 180);

// areaPrecisions are the place precisions too coarse for a marker: such
// records are listed by country or region, and their country hatched.
export const areaPrecisions = new Set(["country", "region"]);

// decodeCountry turns a world.json country (rings of integer hundredths
// of a degree, each point after the first a difference) into rings of
// absolute degrees. A ring that crosses ±180° (Russia's far east, Fiji)
// is unwrapped to run on past it (to 190°, say), so that no edge spans
// the world; draw paints such a country again 360° over. It returns the
// rings, their bounding box, and where to put the country's name (the
// middle of its largest ring's box, with that box's size).
export function decodeCountry(c) {
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  let label = null;
  const rings = c.rings.map((flat) => {
    const out = new Float64Array(flat.length);
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    let x = 0;
    let y = 0;
    let shift = 0;
    for (let i = 0; i < flat.length; i += 2) {
      x += flat[i];
      y += flat[i + 1];
      let lon = x / 100 + shift;
      if (i > 0 && lon - out[i - 2] > 180) shift -= 360;
      else if (i > 0 && lon - out[i - 2] < -180) shift += 360;
      lon = x / 100 + shift;
      out[i] = lon;
      out[i + 1] = y / 100;
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], out[i + 1]);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], out[i + 1]);
    }
    for (let j = 0; j < 4; j++) bbox[j] = j < 2 ? Math.min(bbox[j], box[j]) : Math.max(bbox[j], box[j]);
    const area = (box[2] - box[0]) * (box[3] - box[1]);
    if (!label || area > label.area) {
      label = { lon: (box[0] + box[2]) / 2, lat: (box[1] + box[3]) / 2, w: box[2] - box[0], h: box[3] - box[1], area };
    }
    return out;
  });
  return { a2: c.a2, name: c.name, name_ar: c.name_ar, bbox, rings, label };
}

// splitRecords sorts records into groups of one place with coordinates
// (sited), groups of one country or region (areas: country- and
// region-level places), and a count of records without a place.
export function splitRecords(records) {
  const sited = new Map();
  const areas = new Map();
  let unplaced = 0;
  for (const r of records) {
    const loc = r.location;
    if (loc && areaPrecisions.has(loc.precision)) {
      const key = loc.precision === "country" && loc.country ? loc.country : loc.name || loc.name_ar || loc.country || "?";
      let a = areas.get(key);
      if (!a) areas.set(key, (a = { key, place: loc, country: loc.precision === "country" ? loc.country || "" : "", records: [] }));
      a.records.push(r);
      continue;
    }
    if (!loc || typeof loc.lat !== "number" || typeof loc.lon !== "number") {
      unplaced++;
      continue;
    }
    const key = loc.lat.toFixed(2) + "," + loc.lon.toFixed(2);
    let g = sited.get(key);
    if (!g) sited.set(key, (g = { lat: loc.lat, lon: loc.lon, place: loc, records: [] }));
    g.records.push(r);
  }
  const bySize = (a, b) => b.records.length - a.records.length || String(a.key || "").localeCompare(String(b.key || ""));
  return { groups: [...sited.values()].sort(bySize), areas: [...areas.values()].sort(bySize), unplaced };
}

// cluster joins groups closer than cell pixels at k pixels a degree:
// the biggest groups first, each smaller one joining the first cluster
// within reach of it. A cluster sits at the mean place of its records
// and is coloured by its most common type.
export function cluster(groups, k, cell) {
  const out = [];
  const sx = stretch * k;
  for (const g of groups) {
    const x = g.lon * sx;
    const y = -g.lat * k;
    let c = out.find((c) => Math.hypot(c.x - x, c.y - y) < cell);
    if (!c) out.push((c = { x, y, groups: [], records: [], lon: 0, lat: 0, types: new Map() }));
    c.groups.push(g);
    for (const r of g.records) {
      c.records.push(r);
      c.types.set(r.type, (c.types.get(r.type) || 0) + 1);
    }
    c.lon += g.lon * g.records.length;
    c.lat += g.lat * g.records.length;
  }
  for (const c of out) {
    c.lon /= c.records.length;
    c.lat /= c.records.length;
    c.type = [...c.types.entries()].sort((a, b) => b[1] - a[1])[0][0];
    c.place = c.groups.length === 1 ? c.groups[0].place : null;
  }
  return out.sort((a, b) => b.records.length - a.records.length);
}

// bulk returns the range of values that leaves out the far ends: with
// many values, the lowest and highest 2%, so that a stray far place
// does not decide the view.
export function bulk(values) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length < 20) return [v[0], v[v.length - 1]];
  const cut = Math.floor(v.length * 0.02);
  return [v[cut], v[v.length - 1 - cut]];
}

// Boxes keeps the screen boxes of labels placed so far, so that no two
// labels overlap.
export class Boxes {
  constructor() {
    this.list = [];
  }

  // take claims box [x0, y0, x1, y1] unless it overlaps one taken; it
  // returns whether it did.
  take(b) {
    for (const o of this.list) if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) return false;
    this.list.push(b);
    return true;
  }
}

// cityMinK is the zoom (pixels a degree) from which a city is labelled:
// the bigger the city, the further out; capitals a little earlier.
export function cityMinK(population, capital) {
  const k = population >= 10e6 ? 4 : population >= 5e6 ? 7 : population >= 2e6 ? 12 : population >= 1e6 ? 20 : 32;
  return capital ? Math.min(k, 10) : k;
}

// fmt writes a count with thousands separators: 1,222.
export function fmt(n) {
  return Number(n).toLocaleString("en-US");
}
