// list.js shows a page of records as a table that sorts by any column
// (click its header) and pages through the rest.

import { el, clear, bdi, append } from "./dom.js";
import { colour, words, countryName } from "./labels.js";
import { fmt } from "./mapdata.js";

// count formats a Count ({count, qualifier}) of an event.
export function count(c) {
  if (!c) return "";
  if (c.count === null || c.count === undefined) return "some";
  const q = { at_least: "≥", more_than: ">", about: "~", up_to: "≤" }[c.qualifier] || "";
  return q + c.count;
}

// range formats a CountRange of an incident: its merged figure (the
// median of the reports), with the spread of the reports when they differ.
export function range(c) {
  if (!c || !c.reports) return "";
  return c.min === c.max ? String(c.best) : `${c.best} (${c.min}–${c.max})`;
}

// place is a place's name with its country.
export function place(p) {
  if (!p) return "";
  const country = p.country && p.precision !== "country" ? ", " + countryName(p.country) : "";
  return (p.name || p.name_ar || "") + country;
}

// actor is an actor's canonical name.
function actor(a) {
  return a ? a.name || a.name_ar || "" : "";
}

// typeCell shows a type with its colour, and the method under it.
function typeCell(r) {
  const dot = el("span", { className: "dot" });
  dot.style.background = colour(r.type);
  return [el("span", { className: "type" }, dot, r.type), r.method ? el("div", { className: "muted" }, words(r.method)) : null];
}

// parties shows who did it, and to whom.
function parties(r) {
  const a = actor(r.actor);
  const t = actor(r.target);
  return [bdi(a || "—"), t ? el("div", { className: "muted" }, "→ ", bdi(t)) : null];
}

// group puts a record in one of three groups that sorting by date keeps
// apart: 0 for records dated up to their report, 1 for those dated after
// it or announced for the future, 2 for background records, dated over a
// year before it. The server lists records in the same order.
export function group(r) {
  if (r.background) return 2;
  const pub = (r.published || r.first_seen || "").slice(0, 10);
  if (r.modality === "future" || (r.date && pub.length === 10 && r.date.slice(0, 10) > pub)) return 1;
  return 0;
}

// dateCell shows a record's date, marked when it is after its report or
// background.
function dateCell(r) {
  const g = group(r);
  const date = r.date || el("span", { className: "muted" }, (r.published || "").slice(0, 10));
  if (!g) return date;
  return [date, el("div", { className: "apart", title: g === 1 ? "dated after its report was published, or announced for the future" :
    "dated over a year before its report was published" }, g === 1 ? "after its report" : "background")];
}

// num sorts absent numbers last.
const num = (n) => (n === null || n === undefined || n === "" ? -1 : n);

// columns are the columns of each mode: key, header, sort value, cell.
const columns = {
  events: [
    ["date", "Date", (r) => r.date || r.published || "", dateCell],
    ["type", "Type", (r) => r.type + " " + (r.method || ""), typeCell],
    ["place", "Place", (r) => place(r.location), (r) => bdi(place(r.location))],
    ["actor", "Actor → target", (r) => actor(r.actor), parties],
    ["killed", "Killed", (r) => num(r.killed && r.killed.count), (r) => count(r.killed)],
    ["injured", "Inj.", (r) => num(r.injured && r.injured.count), (r) => count(r.injured)],
    ["title", "Report", (r) => r.title || r.doc_id, (r) => [bdi(r.title || r.doc_id, "title"),
      r.source ? el("div", { className: "muted source" }, bdi(r.source)) : null]],
  ],
  incidents: [
    ["date", "Date", (r) => r.date || "", dateCell],
    ["type", "Type", (r) => r.type + " " + (r.method || ""), typeCell],
    ["place", "Place", (r) => place(r.location), (r) => bdi(place(r.location))],
    ["actor", "Actor → target", (r) => actor(r.actor), parties],
    ["killed", "Killed", (r) => num(r.killed && r.killed.best), (r) => range(r.killed)],
    ["injured", "Inj.", (r) => num(r.injured && r.injured.best), (r) => range(r.injured)],
    ["reports", "Reports", (r) => r.reports || 0, (r) => [String(r.reports || 0),
      el("div", { className: "muted source" }, bdi((r.sources || []).join(", ")))]],
  ],
};

// sortable says whether mode's records can be sorted by column key.
export function sortable(mode, key) {
  return columns[mode].some((c) => c[0] === key);
}

// label returns the header of mode's column key.
export function label(mode, key) {
  const c = columns[mode].find((c) => c[0] === key);
  return c ? c[1] : key;
}

// sortRecords returns items sorted by mode's column key in direction dir
// ("asc" or "desc"). By date, the groups of group() stay apart, in order.
export function sortRecords(items, mode, key, dir) {
  const col = columns[mode].find((c) => c[0] === key);
  if (!col) return items;
  const sign = dir === "asc" ? 1 : -1;
  return [...items].sort((a, b) => {
    if (key === "date" && group(a) !== group(b)) return group(a) - group(b);
    const x = col[2](a);
    const y = col[2](b);
    return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
  });
}

// RecordList is the table in a root element. onOpen(mode, id) opens a
// record; onSort(key, dir) and onPage(offset) change the URL state.
export class RecordList {
  constructor(root, { onOpen, onSort, onPage }) {
    this.root = root;
    this.onOpen = onOpen;
    this.onSort = onSort;
    this.onPage = onPage;
  }

  // render shows data ({total, offset, limit, items, note}) in mode,
  // with the header of column sort marked in direction dir ("asc" or
  // "desc"). The items come sorted: app.js sorts the whole result set,
  // not the page.
  render(data, mode, sort, dir) {
    const cols = columns[mode];
    const items = data.items;
    const head = el("tr", null, cols.map(([key, label]) => {
      const active = key === sort;
      const next = active && dir === "desc" ? "asc" : "desc";
      return el("th", { scope: "col", "aria-sort": active ? (dir === "asc" ? "ascending" : "descending") : null },
        el("button", { type: "button", "data-sort": key, onclick: () => this.onSort(key, next) },
          label, active ? (dir === "asc" ? " ▲" : " ▼") : ""));
    }));
    const body = el("tbody");
    for (const r of items) {
      const row = el("tr", { tabindex: 0, "data-id": r.id, className: ["", "after", "background"][group(r)] || null, onclick: () => this.onOpen(mode, r.id),
        onkeydown: (e) => { if (e.key === "Enter") this.onOpen(mode, r.id); } },
        cols.map((c) => el("td", { className: "c-" + c[0], dir: c[0] === "title" ? "auto" : null }, c[3](r))));
      body.append(row);
    }
    const off = data.offset || 0;
    const shown = data.items.length;
    const limit = data.limit || shown;
    const pager = el("div", { className: "pager" },
      el("span", { className: "total" }, data.total ? `${fmt(off + 1)}–${fmt(off + shown)} of ${fmt(data.total)} ${mode}` : `No ${mode} match`),
      el("button", { type: "button", disabled: off <= 0, onclick: () => this.onPage(Math.max(0, off - limit)) }, "‹ Previous"),
      el("button", { type: "button", disabled: off + shown >= data.total, onclick: () => this.onPage(off + limit) }, "Next ›"));
    const note = data.note ? el("p", { className: "listnote muted", role: "status" }, data.note) : null;
    append(clear(this.root), [pager, note, el("table", { className: "records" }, el("thead", null, head), body)]);
  }

  // error shows why the records could not be loaded.
  error(err) {
    clear(this.root).append(el("p", { className: "error", role: "alert" }, "Could not load the records: ", err.message));
  }
}
