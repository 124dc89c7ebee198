// timeline.js draws the counts of records per day, week, month or year as
// bars over the bulk of the records; records dated far outside it are
// listed apart, and records dated only to a month or a year (when that is
// longer than a bar) are drawn as spans above the bars, not as points.
// Dragging across the bars (brushing) picks a date range.

import { el, svg, clear, append } from "./dom.js";
import { parse, iso, start, next, end, units } from "./timescale.js";
import { plural } from "./labels.js";

const height = 110;
const pad = { left: 34, right: 8, top: 8, bottom: 22 };
const spanRow = 5; // pixels a row of spans takes

// Timeline is the bar chart in a root element. onRange(since, until) is
// called with ISO dates when the user brushes a range, or picks a group
// of far dates.
export class Timeline {
  constructor(root, onRange) {
    this.root = root;
    this.onRange = onRange;
    this.buckets = [];
    this.by = "day";
    this.spans = [];
    this.outside = [];
    this.range = { since: "", until: "" };
    new ResizeObserver(() => this.render()).observe(root);
  }

  // set shows rows ([{key, n}], key the first day of a bucket, or
  // YYYY-MM, YYYY) in buckets of by ("day", "week", "month", "year") from
  // first to last (ISO days), with since..until shaded. spans are
  // [{from, to, n, label}] drawn above the bars; outside is [{key, n}],
  // months far from the axis, listed under it.
  set({ rows, by, first, last, since, until, spans, outside }) {
    this.by = by;
    this.range = { since: since || "", until: until || "" };
    this.spans = spans || [];
    this.outside = outside || [];
    const counts = new Map();
    for (const r of rows) {
      if (!/^\d{4}(-\d{2}){0,2}$/.test(r.key)) continue;
      const k = start(r.key.length === 4 ? r.key + "-01-01" : r.key.length === 7 ? r.key + "-01" : r.key, by);
      counts.set(k, (counts.get(k) || 0) + r.n);
    }
    this.buckets = [];
    if (first && last) {
      for (let k = start(first, by); k <= last && this.buckets.length < 3000; k = next(k, by)) {
        this.buckets.push({ key: k, n: Math.max(0, counts.get(k) || 0) });
      }
    }
    this.render();
  }

  // render draws the bars, the spans, the axis and the selected range,
  // and lists the far dates.
  render() {
    const w = this.root.clientWidth;
    if (!w) return;
    const chart = svg("svg", { class: "chart", width: w, height, role: "img", "aria-label": `records per ${this.by}` });
    const far = this.renderOutside();
    append(clear(this.root), [chart, far]);
    const b = this.buckets;
    if (!b.length) {
      chart.append(svg("text", { x: w / 2, y: height / 2, "text-anchor": "middle", class: "empty" }, "No dated records"));
      return;
    }
    const inner = w - pad.left - pad.right;
    const bw = inner / b.length;
    const t0 = parse(b[0].key);
    const t1 = parse(next(b[b.length - 1].key, this.by));
    const xOf = (day) => pad.left + ((parse(day) - t0) / (t1 - t0)) * inner;
    const rows = this.layoutSpans(xOf);
    const top = pad.top + rows * spanRow + (rows ? 3 : 0);
    const max = Math.max(1, ...b.map((x) => x.n));
    const y = (n) => height - pad.bottom - (n / max) * (height - top - pad.bottom);
    const sel = this.selection(b);
    if (sel) {
      chart.append(svg("rect", { class: "selected", x: pad.left + sel[0] * bw, y: pad.top,
        width: (sel[1] - sel[0] + 1) * bw, height: height - pad.top - pad.bottom }));
    }
    for (let i = 0; i < b.length; i++) {
      if (!b[i].n) continue;
      const bar = svg("rect", { class: "bar", x: pad.left + i * bw + (bw > 3 ? 0.5 : 0), y: y(b[i].n),
        width: Math.max(1, bw - (bw > 3 ? 1 : 0)), height: height - pad.bottom - y(b[i].n), "data-key": b[i].key });
      bar.append(svg("title", null, `${this.label(b[i].key)}: ${b[i].n}`));
      chart.append(bar);
    }
    for (const s of this.spans) {
      if (s.row === undefined) continue;
      const r = svg("rect", { class: "span", x: s.x0, y: pad.top + s.row * spanRow, width: Math.max(2, s.x1 - s.x0), height: spanRow - 1,
        "data-from": s.from, "data-to": s.to, "data-count": s.n });
      r.append(svg("title", null, `${s.label}: ${plural(s.n, "record", "records")} dated only to the ${s.unit}`));
      chart.append(r);
    }
    chart.append(svg("line", { class: "axis", x1: pad.left, x2: w - pad.right, y1: height - pad.bottom, y2: height - pad.bottom }));
    chart.append(svg("text", { class: "tick", x: pad.left - 4, y: top + 8, "text-anchor": "end" }, String(max)));
    const labels = Math.max(2, Math.floor(inner / 90));
    const every = Math.max(1, Math.ceil(b.length / labels));
    for (let i = 0; i < b.length; i += every) {
      chart.append(svg("text", { class: "tick", x: pad.left + i * bw + bw / 2, y: height - 6, "text-anchor": "middle" }, this.short(b[i].key)));
    }
    this.brush(chart, bw);
  }

  // layoutSpans gives each span inside the axis a row so that spans of a
  // row do not overlap, and returns how many rows there are (at most 3).
  layoutSpans(xOf) {
    const b = this.buckets;
    const lo = b[0].key;
    const hi = end(b[b.length - 1].key, this.by);
    const ends = [];
    for (const s of [...this.spans].sort((a, c) => (a.from < c.from ? -1 : 1))) {
      s.row = undefined;
      if (s.to < lo || s.from > hi) continue;
      s.x0 = xOf(s.from < lo ? lo : s.from);
      s.x1 = xOf(iso(parse(s.to > hi ? hi : s.to) + 86400000));
      let row = ends.findIndex((e) => e <= s.x0);
      if (row < 0 && ends.length < 3) row = ends.push(0) - 1;
      if (row < 0) row = ends.length - 1;
      ends[row] = s.x1;
      s.row = row;
    }
    return ends.length;
  }

  // renderOutside lists the months far from the axis, each a button that
  // picks its dates.
  renderOutside() {
    if (!this.outside.length) return null;
    const n = this.outside.reduce((m, r) => m + r.n, 0);
    return el("div", { className: "outliers" },
      el("span", { className: "muted" }, `${plural(n, "record", "records")} dated far from the rest, not on the axis: `),
      this.outside.map((r, i) => [i ? " · " : "", el("button", { type: "button", className: "linkish", "data-month": r.key,
        onclick: () => this.onRange(r.key + "-01", end(r.key + "-01", "month")) }, `${r.key} (${r.n})`)]));
  }

  // label names a bucket for its bar's tooltip.
  label(key) {
    return this.by === "week" ? "week of " + key : this.short(key);
  }

  // short writes a bucket's key as the unit needs: 2018, 2018-03, or the day.
  short(key) {
    return this.by === "year" ? key.slice(0, 4) : this.by === "month" ? key.slice(0, 7) : key;
  }

  // selection returns the first and last bucket inside the range, or null.
  selection(b) {
    const { since, until } = this.range;
    if (!since && !until) return null;
    let first = -1;
    let last = -1;
    for (let i = 0; i < b.length; i++) {
      if ((since && end(b[i].key, this.by) < since) || (until && b[i].key > until)) continue;
      if (first < 0) first = i;
      last = i;
    }
    return first < 0 ? null : [first, last];
  }

  // brush lets the user drag a range on chart.
  brush(chart, bw) {
    const index = (e) => {
      const x = e.clientX - chart.getBoundingClientRect().left - pad.left;
      return Math.max(0, Math.min(this.buckets.length - 1, Math.floor(x / bw)));
    };
    let first = -1;
    let rect = null;
    chart.addEventListener("pointerdown", (e) => {
      if (e.button !== 0) return;
      first = index(e);
      rect = svg("rect", { class: "brush", x: pad.left + first * bw, y: pad.top, width: bw, height: height - pad.top - pad.bottom });
      chart.append(rect);
      chart.setPointerCapture(e.pointerId);
    });
    chart.addEventListener("pointermove", (e) => {
      if (first < 0) return;
      const i = index(e);
      rect.setAttribute("x", pad.left + Math.min(first, i) * bw);
      rect.setAttribute("width", (Math.abs(i - first) + 1) * bw);
    });
    chart.addEventListener("pointerup", (e) => {
      if (first < 0) return;
      const i = index(e);
      const [a, z] = [Math.min(first, i), Math.max(first, i)];
      first = -1;
      this.onRange(this.buckets[a].key, end(this.buckets[z].key, this.by));
    });
  }
}

// longerThan says whether a span of days from..to is longer than one
// bucket of unit by, so that it is drawn as a span instead of a point.
export function longerThan(from, to, by) {
  return (parse(to) - parse(from)) / 86400000 + 1 > units[by] * 1.01;
}
