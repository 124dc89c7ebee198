// app.js wires the page together: the filter bar and the URL state, the
// map, the timeline, the list, the record views and the paste box.

import * as state from "./state.js";
import * as api from "./api.js";
import { el, clear } from "./dom.js";
import { WorldMap } from "./map.js";
import { Timeline, longerThan } from "./timeline.js";
import { bulkRange, unitFor, parse, end, start, span, dayMS } from "./timescale.js";
import { RecordList, sortRecords, sortable, label } from "./list.js";
import { fmt } from "./mapdata.js";
import { eventView, incidentView } from "./views.js";
import { reveal } from "./article.js";
import { extractPanel } from "./extract.js";
import { types, methodsFor, modalities, countries, words } from "./labels.js";
import { Live, badgeText, liveView } from "./live.js";

const mapLimit = 1000; // records drawn on the map
const pageSize = 50; // records a page of the list
const sortCap = 5000; // records the page sorts by a column
const exportFormats = ["csv", "geojson", "jsonl", "plover"]; // each has a link x-FORMAT

const $ = (id) => document.getElementById(id);
const form = $("filters");
const detail = $("detail");
const detailBody = $("detail-body");
const status = $("status");

let s = state.read();
const loaded = { filters: null, list: null, detail: null, listData: null };
const seq = { map: 0, list: 0, time: 0, detail: 0 };

const map = new WorldMap($("map"), open, loadMore);
const timeline = new Timeline($("timeline"), (since, until) => update({ since, until }));
const badge = $("live-badge");
const live = new Live(onLive, (state) => (badge.dataset.stream = state));
let refreshing = 0; // the timer of a pending refresh after new records

const list = new RecordList($("list"), {
  onOpen: open,
  onSort: (sort, dir) => update({ sort, dir, offset: "" }),
  onPage: (offset) => update({ offset: offset ? String(offset) : "" }),
});

// update changes the state, records it in the URL and renders the page.
// Changing a filter goes back to the first page.
function update(changes, push = true) {
  const next = { ...s, ...changes };
  if (Object.keys(changes).some((k) => state.filterKeys.includes(k) || k === "mode")) next.offset = "";
  state.write(next, push);
  render();
}

// open shows one record in the side panel.
function open(mode, id) {
  update(mode === "incidents" ? { incident: id, event: "", panel: "" } : { event: id, incident: "", panel: "" });
}

// fail shows an error in the status line.
function fail(what, err) {
  status.textContent = `Could not load ${what}: ${err.message}`;
  status.hidden = false;
}

// render brings the page in line with the URL.
function render() {
  s = state.read();
  syncForm();
  for (const f of exportFormats) $("x-" + f).href = api.exportURL(state.filters(s), f);
  const key = state.filterKey(s);
  if (key !== loaded.filters) {
    loaded.filters = key;
    status.hidden = true;
    loaded.mapReady = loadMap();
    loadTimeline();
  } else if (timeline.args) {
    timeline.set({ ...timeline.args, since: s.since, until: s.until });
  }
  const listKey = key + "|" + (s.offset || "") + "|" + (s.sort || "") + "|" + (s.dir || "");
  if (listKey !== loaded.list) {
    loaded.list = listKey;
    loadList();
  } else if (loaded.listData) {
    list.render(loaded.listData, s.mode, s.sort, s.dir);
  }
  renderDetail();
}

// loadMap fetches the first records to draw on the map; loadMore adds
// the next ones when the user asks.
async function loadMap() {
  const n = ++seq.map;
  const q = state.filters(s);
  q.set("limit", mapLimit);
  try {
    const data = s.mode === "incidents" ? await api.incidents(q) : await api.events(q);
    if (n !== seq.map) return;
    const firstTime = !loaded.mapItems;
    loaded.mapItems = data.items || [];
    loaded.mapTotal = data.total || 0;
    loaded.mapKey = state.filterKey(s);
    map.setRecords(loaded.mapItems, s.mode, loaded.mapTotal);
    map.setCountry(s.country);
    if (firstTime || s.country) map.fit();
    fillActors(loaded.mapItems);
  } catch (err) {
    fail("the map", err);
  }
}

// loadMore adds the next records that pass the filter to the map.
async function loadMore() {
  const n = seq.map;
  const q = state.filters(s);
  q.set("limit", mapLimit);
  q.set("offset", loaded.mapItems.length);
  try {
    const data = s.mode === "incidents" ? await api.incidents(q) : await api.events(q);
    if (n !== seq.map) return;
    loaded.mapItems = loaded.mapItems.concat(data.items || []);
    loaded.mapTotal = data.total || loaded.mapTotal;
    map.setRecords(loaded.mapItems, s.mode, loaded.mapTotal);
    loadTimeline(); // more records may be dated only to a month or a year
  } catch (err) {
    fail("more records", err);
  }
}

// loadTimeline fetches counts by month to find the bulk of the records,
// then by the bucket that fits the bulk's length (or the one the user
// chose). Records dated only to a month or a year, when that is longer
// than a bucket, are taken out of the bars and drawn as spans.
async function loadTimeline() {
  const n = ++seq.time;
  const q = state.filters(s, ["since", "until"]);
  try {
    const months = toRows(await api.stats(q, "month"), "month");
    const bulk = bulkRange(months);
    const args = { rows: [], by: "day", first: "", last: "", spans: [], outside: [] };
    if (bulk) {
      args.first = bulk.first + "-01";
      args.last = end(bulk.last + "-01", "month");
      args.outside = bulk.outside;
      args.by = ["day", "week", "month", "year"].includes(s.by) ? s.by : unitFor((parse(args.last) - parse(args.first)) / dayMS + 1);
      const rows = args.by === "month" ? months : toRows(await api.stats(q, args.by), args.by);
      await loaded.mapReady;
      const spans = new Map();
      for (const r of loaded.mapItems || []) {
        if (!r.date || !/^\d{4}/.test(r.date)) continue;
        const [lo, hi] = span(r.date, r.date_end);
        if (!longerThan(lo, hi, args.by)) continue;
        rows.push({ key: start(lo, args.by), n: -1 });
        const key = lo + "/" + hi;
        const sp = spans.get(key) || { from: lo, to: hi, n: 0, label: r.date_end ? `${r.date} to ${r.date_end}` : r.date,
          unit: r.date.length === 4 ? "year" : r.date.length === 7 ? "month" : "span" };
        sp.n++;
        spans.set(key, sp);
      }
      args.rows = rows;
      args.spans = [...spans.values()];
    }
    if (n !== seq.time) return;
    timeline.args = args;
    timeline.set({ ...args, since: s.since, until: s.until });
  } catch (err) {
    fail("the timeline", err);
  }
}

// toRows turns a stats answer into [{key, n}] for the current mode.
function toRows(data, by) {
  const dims = (data && data.by) || [by];
  return ((data && data.rows) || []).map((r) => ({
    key: api.statKey(r, dims, by),
    n: s.mode === "incidents" ? r.incidents : r.events,
  }));
}

// loadList fetches the page of records the list shows: a page of the
// server's order (newest first), or, sorted by a column, a page of the
// whole result set sorted here, which needs all of it (up to sortCap).
async function loadList() {
  const n = ++seq.list;
  const q = state.filters(s);
  const off = Number(s.offset || 0);
  try {
    let data;
    // Newest first is the server's own order, over any number of records.
    if (s.sort && sortable(s.mode, s.sort) && !(s.sort === "date" && s.dir !== "asc")) {
      const all = await allRecords(q);
      if (n !== seq.list) return;
      if (all.items.length >= all.total) {
        const items = sortRecords(all.items, s.mode, s.sort, s.dir);
        data = { total: all.total, offset: off, limit: pageSize, items: items.slice(off, off + pageSize) };
      } else {
        data = await page(q, off);
        data.note = `Listed newest first: sorting by ${label(s.mode, s.sort).toLowerCase()} needs all ${fmt(all.total)} ${s.mode}, ` +
          `and the page sorts up to ${fmt(sortCap)}. Narrow the filter to sort them.`;
      }
    } else {
      data = await page(q, off);
    }
    if (n !== seq.list) return;
    loaded.listData = data;
    list.render(data, s.mode, s.sort, s.dir);
  } catch (err) {
    if (n === seq.list) list.error(err);
  }
}

// page fetches one page of the list in the server's order.
async function page(q, off) {
  const p = new URLSearchParams(q);
  p.set("limit", pageSize);
  if (off) p.set("offset", off);
  const data = s.mode === "incidents" ? await api.incidents(p) : await api.events(p);
  data.offset = data.offset ?? off;
  data.limit = data.limit || pageSize;
  return data;
}

// allRecords fetches every record that passes the filters, up to
// sortCap, for sorting: the map's records when they are all there,
// else pages of mapLimit. The answer is kept until the filters change.
async function allRecords(q) {
  const key = state.filterKey(s);
  if (loaded.all && loaded.all.key === key) return loaded.all;
  await loaded.mapReady;
  const fromMap = loaded.mapKey === key;
  let items = fromMap ? loaded.mapItems || [] : [];
  let total = fromMap ? loaded.mapTotal || 0 : -1; // -1: not known yet
  while (total < 0 || (total <= sortCap && items.length < total)) {
    const p = new URLSearchParams(q);
    p.set("limit", mapLimit);
    p.set("offset", items.length);
    const data = s.mode === "incidents" ? await api.incidents(p) : await api.events(p);
    total = data.total || 0;
    items = items.concat(data.items || []);
    if (!(data.items || []).length) break;
  }
  loaded.all = { key, items, total };
  return loaded.all;
}

// renderDetail shows the record, or the paste box, that the URL names.
async function renderDetail() {
  const key = s.event ? "e:" + s.event : s.incident ? "i:" + s.incident : s.panel === "extract" ? "x" : s.panel === "live" ? "l" : "";
  if (key === loaded.detail) return;
  loaded.detail = key;
  const n = ++seq.detail;
  if (!key) {
    detail.hidden = true;
    clear(detailBody);
    return;
  }
  detail.hidden = false;
  if (key === "x") {
    clear(detailBody).append(extractPanel());
    $("paste").focus();
    return;
  }
  if (key === "l") {
    live.seen();
    showBadge();
    clear(detailBody).append(liveView(live.changes, open));
    return;
  }
  clear(detailBody).append(el("p", { className: "muted" }, "Loading…"));
  try {
    const view = s.event
      ? await api.event(s.event).then((r) => eventView({ ...r.event, incident_id: r.event.incident_id }, r.document, open))
      : await api.incident(s.incident).then((r) => incidentView(r.incident || r, open));
    if (n !== seq.detail) return;
    clear(detailBody).append(view);
    detail.scrollTop = 0;
    // The article opens at the words the event rests on.
    if (s.event) reveal(view.querySelector(".article"), ".trigger, .evidence");
  } catch (err) {
    if (n !== seq.detail) return;
    clear(detailBody).append(el("p", { className: "error", role: "alert" }, "Could not load the record: ", err.message));
  }
}

// closeDetail closes the side panel.
function closeDetail() {
  update({ event: "", incident: "", panel: "" });
}

// fillActors offers the actors of the records on the map as suggestions.
function fillActors(items) {
  const names = new Set();
  for (const r of items) for (const a of [r.actor, r.target]) if (a && a.name && names.size < 300) names.add(a.name);
  clear($("actors")).append(...[...names].sort().map((n) => el("option", { value: n })));
}

// syncForm shows the state in the filter bar.
function syncForm() {
  fillMethods(s.type);
  for (const k of [...state.filterKeys, "mode"]) {
    const input = form.elements[k];
    const v = s[k] || (k === "mode" ? "events" : "");
    // A value from a shared URL that the menu lacks is kept, as is.
    if (input.tagName === "SELECT" && v && ![...input.options].some((o) => o.value === v)) {
      input.append(el("option", { value: v }, v));
    }
    input.value = v;
  }
  $("by").value = s.by || "";
}

// fillMethods offers the methods of the chosen type.
function fillMethods(type) {
  const select = form.elements.method;
  if (select.dataset.type === (type || "") && select.options.length > 1) return;
  select.dataset.type = type || "";
  clear(select).append(el("option", { value: "" }, "any method"),
    ...methodsFor(type).map((m) => el("option", { value: m }, words(m))));
}

// setup fills the fixed choices of the filter bar and wires the page.
function setup() {
  form.elements.type.append(...types.map(([t]) => el("option", { value: t }, t)));
  form.elements.modality.append(...modalities.map((m) => el("option", { value: m }, m)));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const changes = {};
    for (const k of [...state.filterKeys, "mode"]) changes[k] = (form.elements[k].value || "").trim();
    if (changes.type !== (s.type || "")) {
      const ok = methodsFor(changes.type);
      if (changes.method && !ok.includes(changes.method)) changes.method = "";
    }
    update(changes);
  });
  // Choices apply at once; typed fields on Enter or "Apply".
  for (const k of ["mode", "type", "method", "country", "modality", "background", "min_confidence", "since", "until"]) {
    form.elements[k].addEventListener("change", () => form.requestSubmit());
  }
  $("reset").addEventListener("click", () => update(Object.fromEntries(state.filterKeys.map((k) => [k, ""]))));
  $("by").addEventListener("change", () => {
    loaded.filters = null;
    update({ by: $("by").value });
  });
  $("clear-dates").addEventListener("click", () => update({ since: "", until: "" }));
  $("open-extract").addEventListener("click", () => update({ panel: "extract", event: "", incident: "" }));
  badge.addEventListener("click", () => {
    loaded.detail = null;
    update({ panel: "live", event: "", incident: "" });
  });
  detail.querySelector(".close").addEventListener("click", closeDetail);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !detail.hidden) closeDetail();
  });
  window.addEventListener("popstate", render);
}

// onLive takes new records from the stream: the badge counts them, the
// panel of new records lists them, and the map, timeline and list are
// loaded again, at most once a second.
function onLive() {
  if (s.panel === "live" && !s.event && !s.incident) {
    loaded.detail = null;
    renderDetail();
  }
  showBadge();
  if (refreshing) return;
  refreshing = setTimeout(() => {
    refreshing = 0;
    loaded.filters = null;
    loaded.list = null;
    loaded.all = null;
    render();
  }, 1000);
}

// showBadge shows how many new records have not been looked at.
function showBadge() {
  badge.textContent = badgeText(live.unseen);
  badge.hidden = live.unseen === 0;
}

// loadCountries fills the country filter from the map's data.
async function loadCountries() {
  try {
    const outlines = await map.load("world.json");
    const select = form.elements.country;
    for (const c of outlines.filter((c) => c.a2).sort((a, b) => a.name.localeCompare(b.name))) {
      countries.set(c.a2, { name: c.name, name_ar: c.name_ar });
      select.append(el("option", { value: c.a2 }, c.name + (c.name_ar ? " · " + c.name_ar : "")));
    }
    select.value = s.country || "";
    map.setCountry(s.country);
    map.renderAreas();
    if (loaded.listData) list.render(loaded.listData, s.mode, s.sort, s.dir);
  } catch (err) {
    fail("the map outlines", err);
  }
}

setup();
render();
loadCountries();
live.start();
