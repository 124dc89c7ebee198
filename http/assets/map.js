// map.js draws the world map: country outlines and their names on a
// canvas-backed view, city names as the zoom allows, and the records on
// top: sited records as SVG markers clustered by screen distance, and
// records placed only in a country or region listed apart (with their
// countries hatched) instead of drawn as a circle at a centroid. The map
// pans by dragging and zooms with the wheel or its buttons.

import { el, svg, clear, bdi } from "./dom.js";
import { colour, words, countryName, plural } from "./labels.js";
import { stretch, decodeCountry, splitRecords, cluster, bulk, cityMinK, fmt } from "./mapdata.js";
import { placeLabels, hatchPattern } from "./maplabels.js";

const maxK = 3000; // pixels a degree, zoomed in
const home = { lon: 42, lat: 28, span: 50 }; // the Middle East
const cell = 44; // markers closer than this many pixels join

// WorldMap is the map in a root element. onOpen(kind, id) is called when
// a marker, or a record in a marker's list, is clicked; onMore() when the
// user asks for more records than the map was given.
export class WorldMap {
  constructor(root, onOpen, onMore) {
    this.root = root;
    this.onOpen = onOpen;
    this.onMore = onMore;
    this.countries = [];
    this.cities = [];
    this.groups = [];
    this.areas = [];
    this.clusters = [];
    this.selected = "";
    this.view = { lon: home.lon, lat: home.lat, k: 8 };
    this.canvas = el("canvas", { className: "land", "aria-hidden": "true" });
    this.labels = svg("g", { class: "labels" });
    this.marks = svg("g", { class: "marks" });
    this.layer = svg("svg", { class: "markers", role: "group", "aria-label": "event markers" }, this.labels, this.marks);
    this.popup = el("div", { className: "popup", hidden: true });
    this.legend = el("div", { className: "legend" });
    this.note = el("div", { className: "mapnote", "aria-live": "polite" });
    this.arealist = el("details", { className: "areas", hidden: true });
    const zoom = (f) => () => this.zoomAt(f, this.canvas.clientWidth / 2, this.canvas.clientHeight / 2);
    const controls = el("div", { className: "zoom" },
      el("button", { type: "button", title: "Zoom in", "aria-label": "Zoom in", onclick: zoom(2) }, "+"),
      el("button", { type: "button", title: "Zoom out", "aria-label": "Zoom out", onclick: zoom(0.5) }, "−"),
      el("button", { type: "button", title: "Fit the markers", "aria-label": "Fit the markers", onclick: () => this.fit() }, "⤢"));
    this.side = el("div", { className: "mapside" }, this.note, this.arealist);
    clear(root).append(this.canvas, this.layer, controls, this.legend, this.side, this.popup);
    this.listen();
    new ResizeObserver(() => this.draw()).observe(root);
  }

  // load fetches and decodes the country outlines of world.json, and the
  // city labels of cities.json next to it (the map works without them).
  async load(url) {
    const res = await fetch(url);
    if (!res.ok) throw new Error("load map: status " + res.status);
    const data = await res.json();
    this.countries = data.countries.map(decodeCountry);
    try {
      const cities = await fetch(new URL("cities.json", new URL(url, location.href)));
      if (cities.ok) this.cities = (await cities.json()).cities.map(([name, , lat, lon, pop, cap]) => ({ name, lat, lon, minK: cityMinK(pop, cap) }));
    } catch {
      this.cities = [];
    }
    this.draw();
    return data.countries;
  }

  // setCountry highlights the country with alpha-2 code a2 ("" for none).
  setCountry(a2) {
    this.selected = a2 || "";
    this.draw();
  }

  // setRecords shows records (events or incidents, as kind says): total
  // is how many pass the filter, of which records are the first.
  setRecords(records, kind, total) {
    this.kind = kind;
    const { groups, areas, unplaced } = splitRecords(records);
    this.groups = groups;
    this.areas = areas;
    this.hatched = new Set(areas.map((a) => a.country).filter(Boolean));
    this.clusterK = null;
    this.popup.hidden = true;
    this.renderAreas();
    this.renderLegend(records);
    this.draw();
    const n = records.length;
    total = Math.max(total || 0, n);
    const sited = groups.reduce((m, g) => m + g.records.length, 0);
    const inAreas = areas.reduce((m, a) => m + a.records.length, 0);
    const parts = [`${fmt(sited)} at ${plural(groups.length, "place", "places")}`];
    if (inAreas) parts.push(`${fmt(inAreas)} in a country or region only`);
    if (unplaced) parts.push(`${fmt(unplaced)} without a place`);
    const head = n === 0 ? "No records match." : n < total ? `The first ${fmt(n)} of ${fmt(total)} ${kind} (newest first): ` : `${fmt(n)} ${kind}: `;
    clear(this.note).append(head, n ? parts.join("; ") : "");
    if (n < total) {
      const more = Math.min(total - n, 1000);
      this.note.append(" ", el("button", { type: "button", className: "more", onclick: () => this.onMore() }, `Load ${fmt(more)} more`),
        el("span", { className: "muted" }, " or narrow the filter"));
    }
  }

  // renderAreas lists the records placed only in a country or region.
  renderAreas() {
    clear(this.arealist);
    this.arealist.hidden = !this.areas.length;
    if (!this.areas.length) return;
    const list = el("ul");
    for (const a of this.areas) {
      const name = a.country ? countryName(a.country) : a.place.name || a.place.name_ar || a.key;
      const b = el("button", { type: "button", "data-count": a.records.length, "data-area": a.key }, bdi(name), ` ${fmt(a.records.length)}`);
      b.addEventListener("click", (e) => { e.stopPropagation(); this.open({ records: a.records, place: a.place, groups: [] }, b); });
      list.append(el("li", null, b));
    }
    const n = this.areas.reduce((m, a) => m + a.records.length, 0);
    this.arealist.append(el("summary", { className: "areas-head", title: "Records placed in a whole country or region, not at a site; their countries are hatched" },
      `${fmt(n)} placed only in a country or region`), list);
  }

  // renderMarkers builds one circle a cluster, biggest first so that
  // small ones stay clickable on top.
  renderMarkers() {
    clear(this.marks);
    this.clusters = cluster(this.groups, this.view.k, cell);
    for (const g of this.clusters) {
      const n = g.records.length;
      const c = svg("circle", {
        class: g.groups.length > 1 ? "marker cluster" : "marker", r: Math.min(20, 6 + 2 * Math.sqrt(n - 1)), fill: colour(g.type),
        "data-count": n, "data-places": g.groups.length, "data-type": g.type, "data-lon": g.lon.toFixed(3), tabindex: 0, role: "button",
      });
      const name = g.place ? g.place.name || g.place.name_ar || "" : `${g.groups.length} places`;
      c.append(svg("title", null, `${name}: ${plural(n, "record", "records")}`));
      c.addEventListener("click", (e) => { e.stopPropagation(); this.open(g, c); });
      c.addEventListener("keydown", (e) => { if (e.key === "Enter") this.open(g, c); });
      g.circle = c;
      this.marks.append(c);
      if (n > 1) {
        g.count = svg("text", { class: "count", "text-anchor": "middle", dy: "0.35em" }, n > 999 ? Math.round(n / 1000) + "k" : String(n));
        this.marks.append(g.count);
      }
    }
    this.clusterK = this.view.k;
  }

  // renderLegend lists the colours of the types on the map.
  renderLegend(records) {
    const seen = new Map();
    for (const r of records) seen.set(r.type, (seen.get(r.type) || 0) + 1);
    clear(this.legend);
    for (const [t, n] of [...seen.entries()].sort((a, b) => b[1] - a[1])) {
      const dot = el("span", { className: "dot" });
      dot.style.background = colour(t);
      this.legend.append(el("span", { className: "key" }, dot, `${t} ${fmt(n)}`));
    }
  }

  // open opens a marker's only record, or lists its records; a cluster of
  // several places also offers to zoom to them.
  open(g, anchor) {
    if (g.records.length === 1) {
      this.popup.hidden = true;
      this.onOpen(this.kind, g.records[0].id);
      return;
    }
    clear(this.popup);
    const place = g.place;
    this.popup.append(el("div", { className: "popup-head" },
      place ? [bdi(place.name || place.name_ar || ""), place.name_ar && place.name ? [" · ", bdi(place.name_ar)] : null] : `${g.groups.length} places`,
      ` (${g.records.length})`,
      g.groups.length > 1 ? [" ", el("button", { type: "button", className: "zoomto", onclick: () => this.fitTo(g.groups) }, "Zoom in")] : null));
    const list = el("ul");
    for (const r of g.records.slice(0, 30)) {
      const label = [r.date || (r.published || "").slice(0, 10), r.type, words(r.method)].filter(Boolean).join(" ");
      const title = r.title || (r.actor && r.actor.name) || "";
      list.append(el("li", null, el("button", { type: "button", onclick: () => this.onOpen(this.kind, r.id) },
        label, title ? [" — ", bdi(title)] : null)));
    }
    if (g.records.length > 30) list.append(el("li", null, `and ${g.records.length - 30} more`));
    this.popup.append(list);
    const box = this.root.getBoundingClientRect();
    const at = anchor.getBoundingClientRect();
    this.popup.hidden = false;
    this.popup.style.left = Math.max(4, Math.min(at.right - box.left + 4, box.width - this.popup.offsetWidth - 4)) + "px";
    this.popup.style.top = Math.max(4, Math.min(at.top - box.top, box.height - this.popup.offsetHeight - 4)) + "px";
  }

  // minK is the zoom at which the world fills the map's width.
  minK() {
    return Math.max(0.5, (this.canvas.clientWidth || 600) / (360 * stretch));
  }

  // fit zooms to the bulk of the sited records, or to the Middle East
  // without any.
  fit() {
    if (!this.groups.length) {
      const w = this.canvas.clientWidth || 600;
      const h = this.canvas.clientHeight || 400;
      this.view = { lon: home.lon, lat: home.lat, k: Math.min(w / (home.span * stretch), h / (home.span * 0.6)) };
      this.clamp();
      this.draw();
      return;
    }
    // Each record counts, so that a place of many records outweighs a
    // stray far one.
    const lons = bulk(this.groups.flatMap((g) => g.records.map(() => g.lon)));
    const lats = bulk(this.groups.flatMap((g) => g.records.map(() => g.lat)));
    this.fitBox(lons[0], lons[1], lats[0], lats[1]);
  }

  // fitTo zooms to a list of groups.
  fitTo(groups) {
    this.popup.hidden = true;
    const lons = groups.map((g) => g.lon);
    const lats = groups.map((g) => g.lat);
    this.fitBox(Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats));
  }

  // fitBox shows the box from lon x0..x1, lat y0..y1 with a margin.
  fitBox(x0, x1, y0, y1) {
    const w = this.canvas.clientWidth || 600;
    const h = this.canvas.clientHeight || 400;
    // The caption at the top covers part of the map: fit below it.
    const top = Math.min(h / 3, this.side.offsetHeight + 8);
    const dx = Math.max(x1 - x0, 0.2) * 1.3;
    const dy = Math.max(y1 - y0, 0.15) * 1.3;
    const k = Math.min(w / (dx * stretch), (h - top - 24) / dy, 400);
    this.view = { lon: (x0 + x1) / 2, lat: (y0 + y1) / 2 + (top - 24) / 2 / k, k };
    this.clamp();
    this.draw();
  }

  // project returns the screen position of lon, lat.
  project(lon, lat) {
    const v = this.view;
    return [(lon - v.lon) * stretch * v.k + this.canvas.clientWidth / 2, (v.lat - lat) * v.k + this.canvas.clientHeight / 2];
  }

  // zoomAt zooms by factor f keeping the point under x, y in place.
  zoomAt(f, x, y) {
    const v = this.view;
    const k = Math.max(this.minK(), Math.min(maxK, v.k * f));
    const w = this.canvas.clientWidth / 2;
    const h = this.canvas.clientHeight / 2;
    const lon = v.lon + (x - w) / (stretch * v.k);
    const lat = v.lat - (y - h) / v.k;
    this.view = { lon: lon - (x - w) / (stretch * k), lat: lat + (y - h) / k, k };
    this.clamp();
    this.draw();
  }

  // clamp keeps the zoom within bounds and the centre on the globe.
  clamp() {
    this.view.k = Math.max(this.minK(), Math.min(maxK, this.view.k));
    this.view.lon = Math.max(-180, Math.min(180, this.view.lon));
    this.view.lat = Math.max(-85, Math.min(85, this.view.lat));
  }

  // listen wires dragging, the wheel and clicks on the map.
  listen() {
    let drag = null;
    this.root.addEventListener("pointerdown", (e) => {
      if (e.button !== 0 || e.target.closest(".zoom, .popup, .marker, .legend, .mapside")) return;
      drag = { x: e.clientX, y: e.clientY, lon: this.view.lon, lat: this.view.lat, moved: false };
      this.root.setPointerCapture(e.pointerId);
    });
    this.root.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      this.view.lon = drag.lon - dx / (stretch * this.view.k);
      this.view.lat = drag.lat + dy / this.view.k;
      this.clamp();
      this.root.classList.add("dragging");
      this.schedule();
    });
    const end = () => {
      if (drag && !drag.moved) this.popup.hidden = true;
      drag = null;
      this.root.classList.remove("dragging");
    };
    this.root.addEventListener("pointerup", end);
    this.root.addEventListener("pointercancel", end);
    this.root.addEventListener("wheel", (e) => {
      e.preventDefault();
      const box = this.canvas.getBoundingClientRect();
      this.zoomAt(Math.pow(1.0015, -e.deltaY), e.clientX - box.left, e.clientY - box.top);
    }, { passive: false });
  }

  // schedule redraws at the next frame.
  schedule() {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.draw();
    });
  }

  // draw paints the countries, places the labels and moves the markers,
  // clustering them again when the zoom has changed.
  draw() {
    const c = this.canvas;
    const w = c.clientWidth;
    const h = c.clientHeight;
    if (!w || !h) return;
    this.clamp();
    const dpr = window.devicePixelRatio || 1;
    if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
    }
    const ctx = c.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = "#dfe9f2";
    ctx.fillRect(0, 0, w, h);
    const v = this.view;
    const sx = stretch * v.k;
    const ox = w / 2 - v.lon * sx;
    const oy = h / 2 + v.lat * v.k;
    // The visible box in degrees, to skip countries outside it.
    const west = (0 - ox) / sx, east = (w - ox) / sx;
    const north = oy / v.k, south = (oy - h) / v.k;
    ctx.lineJoin = "round";
    ctx.lineWidth = 0.6;
    ctx.strokeStyle = "#9aa5b1";
    const hatch = this.hatch || (this.hatch = hatchPattern(ctx));
    for (const country of this.countries) {
      const b = country.bbox;
      // A country unwrapped past ±180° is painted again a world over.
      const shifts = [0];
      if (b[2] > 180) shifts.push(-360);
      if (b[0] < -180) shifts.push(360);
      for (const shift of shifts) {
        if (b[2] + shift < west || b[0] + shift > east || b[3] < south || b[1] > north) continue;
        ctx.beginPath();
        for (const ring of country.rings) {
          for (let i = 0; i < ring.length; i += 2) {
            const x = (ring[i] + shift) * sx + ox;
            const y = oy - ring[i + 1] * v.k;
            if (i === 0) ctx.moveTo(x, y);
            else ctx.lineTo(x, y);
          }
          ctx.closePath();
        }
        ctx.fillStyle = country.a2 && country.a2 === this.selected ? "#fbe3a6" : "#f7f5f0";
        ctx.fill("evenodd");
        if (hatch && country.a2 && this.hatched && this.hatched.has(country.a2)) {
          ctx.fillStyle = hatch;
          ctx.fill("evenodd");
        }
        ctx.stroke();
      }
    }
    if (this.clusterK !== v.k) this.renderMarkers();
    this.placeMarkers();
    placeLabels(this, w, h);
  }

  // placeMarkers moves every marker to its place on screen.
  placeMarkers() {
    for (const g of this.clusters) {
      const [x, y] = this.project(g.lon, g.lat);
      g.circle.setAttribute("cx", x.toFixed(1));
      g.circle.setAttribute("cy", y.toFixed(1));
      if (g.count) {
        g.count.setAttribute("x", x.toFixed(1));
        g.count.setAttribute("y", y.toFixed(1));
      }
    }
  }
}
