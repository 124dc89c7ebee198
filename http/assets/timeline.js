// timeline.js draws the counts of records per day or week as bars.
// Dragging across the bars (brushing) picks a date range; a click on one
// bar picks its day or week.

import { svg, clear } from "./dom.js";

const height = 110;
const pad = { left: 34, right: 8, top: 8, bottom: 22 };
const dayMS = 86400000;

// Timeline is the bar chart in a root element. onRange(since, until) is
// called with ISO dates when the user brushes a range.
export class Timeline {
  constructor(root, onRange) {
    this.root = root;
    this.onRange = onRange;
    this.buckets = [];
    this.by = "day";
    this.range = { since: "", until: "" };
    new ResizeObserver(() => this.render()).observe(root);
  }

  // set shows rows ([{key, n}], key an ISO date: the day, or the Monday
  // of the week) bucketed by "day" or "week", with since..until shaded.
  set(rows, by, since, until) {
    this.by = by;
    this.range = { since: since || "", until: until || "" };
    const step = by === "week" ? 7 : 1;
    const counts = new Map(rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.key)).map((r) => [r.key, r.n]));
    const keys = [...counts.keys()].sort();
    this.buckets = [];
    if (keys.length) {
      // Fill the gaps so that time runs evenly along the axis.
      for (let t = parse(keys[0]); t <= parse(keys[keys.length - 1]) && this.buckets.length < 2000; t += step * dayMS) {
        const k = iso(t);
        this.buckets.push({ key: k, n: counts.get(k) || 0 });
      }
    }
    this.render();
  }

  // render draws the bars, the axis and the selected range.
  render() {
    const w = this.root.clientWidth;
    if (!w) return;
    const chart = svg("svg", { class: "chart", width: w, height, role: "img", "aria-label": `records per ${this.by}` });
    clear(this.root).append(chart);
    const b = this.buckets;
    if (!b.length) {
      chart.append(svg("text", { x: w / 2, y: height / 2, "text-anchor": "middle", class: "empty" }, "No dated records"));
      return;
    }
    const inner = w - pad.left - pad.right;
    const bw = inner / b.length;
    const max = Math.max(1, ...b.map((x) => x.n));
    const y = (n) => height - pad.bottom - (n / max) * (height - pad.top - pad.bottom);
    const sel = this.selection(b);
    if (sel) {
      chart.append(svg("rect", { class: "selected", x: pad.left + sel[0] * bw, y: pad.top,
        width: (sel[1] - sel[0] + 1) * bw, height: height - pad.top - pad.bottom }));
    }
    for (let i = 0; i < b.length; i++) {
      if (!b[i].n) continue;
      const bar = svg("rect", { class: "bar", x: pad.left + i * bw + (bw > 3 ? 0.5 : 0), y: y(b[i].n),
        width: Math.max(1, bw - (bw > 3 ? 1 : 0)), height: height - pad.bottom - y(b[i].n), "data-key": b[i].key });
      bar.append(svg("title", null, `${this.by === "week" ? "week of " : ""}${b[i].key}: ${b[i].n}`));
      chart.append(bar);
    }
    chart.append(svg("line", { class: "axis", x1: pad.left, x2: w - pad.right, y1: height - pad.bottom, y2: height - pad.bottom }));
    chart.append(svg("text", { class: "tick", x: pad.left - 4, y: pad.top + 8, "text-anchor": "end" }, String(max)));
    const labels = Math.max(2, Math.floor(inner / 90));
    const every = Math.max(1, Math.ceil(b.length / labels));
    for (let i = 0; i < b.length; i += every) {
      chart.append(svg("text", { class: "tick", x: pad.left + i * bw + bw / 2, y: height - 6, "text-anchor": "middle" }, b[i].key));
    }
    this.brush(chart, bw);
  }

  // selection returns the first and last bucket inside the range, or null.
  selection(b) {
    const { since, until } = this.range;
    if (!since && !until) return null;
    let first = -1;
    let last = -1;
    for (let i = 0; i < b.length; i++) {
      const end = this.end(b[i].key);
      if ((since && end < since) || (until && b[i].key > until)) continue;
      if (first < 0) first = i;
      last = i;
    }
    return first < 0 ? null : [first, last];
  }

  // end returns the last day of the bucket that starts on key.
  end(key) {
    return this.by === "week" ? iso(parse(key) + 6 * dayMS) : key;
  }

  // brush lets the user drag a range on chart.
  brush(chart, bw) {
    const index = (e) => {
      const x = e.clientX - chart.getBoundingClientRect().left - pad.left;
      return Math.max(0, Math.min(this.buckets.length - 1, Math.floor(x / bw)));
    };
    let start = -1;
    let rect = null;
    chart.addEventListener("pointerdown", (e) => {
      if (e.button !== 0) return;
      start = index(e);
      rect = svg("rect", { class: "brush", x: pad.left + start * bw, y: pad.top, width: bw, height: height - pad.top - pad.bottom });
      chart.append(rect);
      chart.setPointerCapture(e.pointerId);
    });
    chart.addEventListener("pointermove", (e) => {
      if (start < 0) return;
      const i = index(e);
      rect.setAttribute("x", pad.left + Math.min(start, i) * bw);
      rect.setAttribute("width", (Math.abs(i - start) + 1) * bw);
    });
    chart.addEventListener("pointerup", (e) => {
      if (start < 0) return;
      const i = index(e);
      const [a, z] = [Math.min(start, i), Math.max(start, i)];
      start = -1;
      this.onRange(this.buckets[a].key, this.end(this.buckets[z].key));
    });
  }
}

// parse returns the UTC time of an ISO date.
function parse(d) {
  return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
}

// iso returns the ISO date of a UTC time.
function iso(t) {
  return new Date(t).toISOString().slice(0, 10);
}
