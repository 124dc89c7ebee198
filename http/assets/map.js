// map.js draws the world map: country outlines on a canvas, and the
// records as SVG markers on top, coloured by type and sized by how many
// records share a place. The map pans by dragging and zooms with the
// wheel or its buttons.

import { el, svg, clear, bdi } from "./dom.js";
import { colour, words } from "./labels.js";

// The projection is equirectangular with its standard parallel at 30°N,
// where most of the events are: x = lon·cos 30°, y = lat.
const stretch = Math.cos((30 * Math.PI) / 180);
const minK = 1; // pixels per degree, zoomed out
const maxK = 3000;
const home = { lon: 42, lat: 28, span: 50 }; // the Middle East

// WorldMap is the map in a root element. onOpen(kind, id) is called when
// a marker, or a record in a marker's list, is clicked.
export class WorldMap {
  constructor(root, onOpen) {
    this.root = root;
    this.onOpen = onOpen;
    this.countries = [];
    this.groups = [];
    this.selected = "";
    this.view = { lon: home.lon, lat: home.lat, k: 8 };
    this.canvas = el("canvas", { className: "land", "aria-hidden": "true" });
    this.layer = svg("svg", { class: "markers", role: "group", "aria-label": "event markers" });
    this.popup = el("div", { className: "popup", hidden: true });
    this.legend = el("div", { className: "legend" });
    this.note = el("div", { className: "mapnote", "aria-live": "polite" });
    const zoom = (f) => () => this.zoomAt(f, this.canvas.clientWidth / 2, this.canvas.clientHeight / 2);
    const controls = el("div", { className: "zoom" },
      el("button", { type: "button", title: "Zoom in", "aria-label": "Zoom in", onclick: zoom(2) }, "+"),
      el("button", { type: "button", title: "Zoom out", "aria-label": "Zoom out", onclick: zoom(0.5) }, "−"),
      el("button", { type: "button", title: "Fit the markers", "aria-label": "Fit the markers", onclick: () => this.fit() }, "⤢"));
    clear(root).append(this.canvas, this.layer, controls, this.legend, this.note, this.popup);
    this.listen();
    new ResizeObserver(() => this.draw()).observe(root);
  }

  // load fetches and decodes the country outlines of world.json.
  async load(url) {
    const res = await fetch(url);
    if (!res.ok) throw new Error("load map: status " + res.status);
    const data = await res.json();
    this.countries = data.countries.map(decodeCountry);
    this.draw();
    return data.countries;
  }

  // setCountry highlights the country with alpha-2 code a2 ("" for none).
  setCountry(a2) {
    this.selected = a2 || "";
    this.draw();
  }

  // setRecords shows records (events or incidents, as kind says) as
  // markers, one for each place.
  setRecords(records, kind) {
    this.kind = kind;
    const byPlace = new Map();
    let unplaced = 0;
    for (const r of records) {
      const loc = r.location;
      if (!loc || typeof loc.lat !== "number" || typeof loc.lon !== "number") {
        unplaced++;
        continue;
      }
      const key = loc.lat.toFixed(2) + "," + loc.lon.toFixed(2);
      let g = byPlace.get(key);
      if (!g) byPlace.set(key, (g = { lat: loc.lat, lon: loc.lon, place: loc, records: [], types: new Map() }));
      g.records.push(r);
      g.types.set(r.type, (g.types.get(r.type) || 0) + 1);
    }
    this.groups = [...byPlace.values()].sort((a, b) => b.records.length - a.records.length);
    for (const g of this.groups) g.type = [...g.types.entries()].sort((a, b) => b[1] - a[1])[0][0];
    this.popup.hidden = true;
    this.renderMarkers();
    this.renderLegend();
    const n = records.length;
    this.note.textContent = n === 0 ? "No records match." :
      `${n - unplaced} of ${n} ${kind} on the map, at ${this.groups.length} places` +
      (unplaced ? `; ${unplaced} without coordinates` : "");
  }

  // renderMarkers builds one circle a place, biggest first so that small
  // ones stay clickable on top.
  renderMarkers() {
    clear(this.layer);
    for (const g of this.groups) {
      const n = g.records.length;
      const c = svg("circle", {
        class: "marker", r: Math.min(28, 5 + 3.5 * Math.sqrt(n - 1)), fill: colour(g.type),
        "data-count": n, "data-type": g.type, tabindex: 0, role: "button",
      });
      const name = g.place.name || g.place.name_ar || "";
      c.append(svg("title", null, `${name}: ${n} ${n === 1 ? "record" : "records"}`));
      c.addEventListener("click", (e) => { e.stopPropagation(); this.open(g, c); });
      c.addEventListener("keydown", (e) => { if (e.key === "Enter") this.open(g, c); });
      g.circle = c;
      this.layer.append(c);
    }
    this.placeMarkers();
  }

  // renderLegend lists the colours of the types on the map.
  renderLegend() {
    const seen = new Map();
    for (const g of this.groups) for (const [t, n] of g.types) seen.set(t, (seen.get(t) || 0) + n);
    clear(this.legend);
    for (const [t, n] of [...seen.entries()].sort((a, b) => b[1] - a[1])) {
      const dot = el("span", { className: "dot" });
      dot.style.background = colour(t);
      this.legend.append(el("span", { className: "key" }, dot, `${t} ${n}`));
    }
  }

  // open opens a marker's only record, or lists its records.
  open(g, anchor) {
    if (g.records.length === 1) {
      this.popup.hidden = true;
      this.onOpen(this.kind, g.records[0].id);
      return;
    }
    clear(this.popup);
    const place = g.place;
    this.popup.append(el("div", { className: "popup-head" },
      bdi(place.name || ""), place.name_ar ? [" · ", bdi(place.name_ar)] : null,
      ` (${g.records.length})`));
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
    this.popup.style.left = Math.min(at.right - box.left + 4, box.width - this.popup.offsetWidth - 4) + "px";
    this.popup.style.top = Math.max(4, Math.min(at.top - box.top, box.height - this.popup.offsetHeight - 4)) + "px";
  }

  // fit zooms to the markers, or to the Middle East without any.
  fit() {
    const w = this.canvas.clientWidth || 600;
    const h = this.canvas.clientHeight || 400;
    if (!this.groups.length) {
      this.view = { lon: home.lon, lat: home.lat, k: Math.min(w / (home.span * stretch), h / (home.span * 0.6)) };
    } else {
      const lons = this.groups.map((g) => g.lon);
      const lats = this.groups.map((g) => g.lat);
      const [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
      const dx = Math.max(x1 - x0, 4) * 1.4;
      const dy = Math.max(y1 - y0, 3) * 1.4;
      this.view = { lon: (x0 + x1) / 2, lat: (y0 + y1) / 2, k: Math.min(w / (dx * stretch), h / dy) };
    }
    this.view.k = Math.max(minK, Math.min(maxK, this.view.k));
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
    const k = Math.max(minK, Math.min(maxK, v.k * f));
    const w = this.canvas.clientWidth / 2;
    const h = this.canvas.clientHeight / 2;
    const lon = v.lon + (x - w) / (stretch * v.k);
    const lat = v.lat - (y - h) / v.k;
    this.view = { lon: lon - (x - w) / (stretch * k), lat: lat + (y - h) / k, k };
    this.clamp();
    this.draw();
  }

  // clamp keeps the centre on the globe.
  clamp() {
    this.view.lon = Math.max(-180, Math.min(180, this.view.lon));
    this.view.lat = Math.max(-85, Math.min(85, this.view.lat));
  }

  // listen wires dragging, the wheel and clicks on the map.
  listen() {
    let drag = null;
    this.root.addEventListener("pointerdown", (e) => {
      if (e.button !== 0 || e.target.closest(".zoom, .popup, .marker, .legend")) return;
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

  // draw paints the countries and moves the markers.
  draw() {
    const c = this.canvas;
    const w = c.clientWidth;
    const h = c.clientHeight;
    if (!w || !h) return;
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
    for (const country of this.countries) {
      const b = country.bbox;
      if (b[2] < west || b[0] > east || b[3] < south || b[1] > north) continue;
      ctx.beginPath();
      for (const ring of country.rings) {
        for (let i = 0; i < ring.length; i += 2) {
          const x = ring[i] * sx + ox;
          const y = oy - ring[i + 1] * v.k;
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        }
        ctx.closePath();
      }
      ctx.fillStyle = country.a2 && country.a2 === this.selected ? "#fbe3a6" : "#f7f5f0";
      ctx.fill("evenodd");
      ctx.stroke();
    }
    this.placeMarkers();
  }

  // placeMarkers moves every marker to its place on screen.
  placeMarkers() {
    for (const g of this.groups) {
      const [x, y] = this.project(g.lon, g.lat);
      g.circle.setAttribute("cx", x.toFixed(1));
      g.circle.setAttribute("cy", y.toFixed(1));
    }
  }
}

// decodeCountry turns a world.json country (rings of integer hundredths
// of a degree, each point after the first a difference) into rings of
// absolute degrees, with the country's bounding box.
function decodeCountry(c) {
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = c.rings.map((flat) => {
    const out = new Float64Array(flat.length);
    let x = 0;
    let y = 0;
    for (let i = 0; i < flat.length; i += 2) {
      x += flat[i];
      y += flat[i + 1];
      out[i] = x / 100;
      out[i + 1] = y / 100;
      bbox[0] = Math.min(bbox[0], out[i]);
      bbox[1] = Math.min(bbox[1], out[i + 1]);
      bbox[2] = Math.max(bbox[2], out[i]);
      bbox[3] = Math.max(bbox[3], out[i + 1]);
    }
    return out;
  });
  return { a2: c.a2, name: c.name, bbox, rings };
}
