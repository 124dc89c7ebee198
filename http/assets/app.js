// app.js wires the page together: the filter bar and the URL state, the
// map, the timeline, the list, the record views and the paste box.

import * as state from "./state.js";
import * as api from "./api.js";
import { el, clear } from "./dom.js";
import { WorldMap } from "./map.js";
import { Timeline } from "./timeline.js";
import { RecordList } from "./list.js";
import { eventView, incidentView } from "./views.js";
import { reveal } from "./article.js";
import { extractPanel } from "./extract.js";
import { types, methodsFor, modalities, countries, words } from "./labels.js";

const mapLimit = 1000; // records drawn on the map
const pageSize = 50; // records a page of the list
const exportFormats = ["csv", "geojson", "jsonl", "plover"]; // each has a link x-FORMAT

const $ = (id) => document.getElementById(id);
const form = $("filters");
const detail = $("detail");
const detailBody = $("detail-body");
const status = $("status");

let s = state.read();
const loaded = { filters: null, list: null, detail: null, listData: null };
const seq = { map: 0, list: 0, time: 0, detail: 0 };

const map = new WorldMap($("map"), open);
const timeline = new Timeline($("timeline"), (since, until) => update({ since, until }));
const list = new RecordList($("list"), {
  onOpen: open,
  onSort: (sort, dir) => update({ sort, dir }),
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
    loadMap();
    loadTimeline();
  } else {
    timeline.set(timeline.rows || [], timeline.by, s.since, s.until);
  }
  const listKey = key + "|" + (s.offset || "");
  if (listKey !== loaded.list) {
    loaded.list = listKey;
    loadList();
  } else if (loaded.listData) {
    list.render(loaded.listData, s.mode, s.sort, s.dir);
  }
  renderDetail();
}

// loadMap fetches the records to draw on the map.
async function loadMap() {
  const n = ++seq.map;
  const q = state.filters(s);
  q.set("limit", mapLimit);
  try {
    const data = s.mode === "incidents" ? await api.incidents(q) : await api.events(q);
    if (n !== seq.map) return;
    const firstTime = !map.groups.length;
    map.setRecords(data.items || [], s.mode);
    map.setCountry(s.country);
    if (firstTime || s.country) map.fit();
    fillActors(data.items || []);
  } catch (err) {
    fail("the map", err);
  }
}

// loadTimeline fetches counts by day, or by week when the days are many.
async function loadTimeline() {
  const n = ++seq.time;
  const q = state.filters(s, ["since", "until"]);
  try {
    let by = s.by === "week" ? "week" : "day";
    let data = await api.stats(q, by);
    let rows = toRows(data, by);
    if (!s.by && rows.length > 1 && spanDays(rows) > 180) {
      by = "week";
      data = await api.stats(q, by);
      rows = toRows(data, by);
    }
    if (n !== seq.time) return;
    timeline.rows = rows;
    timeline.set(rows, by, s.since, s.until);
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

// spanDays is how many days rows cover.
function spanDays(rows) {
  const keys = rows.map((r) => r.key).filter(Boolean).sort();
  return (Date.parse(keys[keys.length - 1]) - Date.parse(keys[0])) / 86400000;
}

// loadList fetches the page of records the list shows.
async function loadList() {
  const n = ++seq.list;
  const q = state.filters(s);
  q.set("limit", pageSize);
  if (s.offset) q.set("offset", s.offset);
  try {
    const data = s.mode === "incidents" ? await api.incidents(q) : await api.events(q);
    if (n !== seq.list) return;
    data.offset = data.offset ?? Number(s.offset || 0);
    data.limit = data.limit || pageSize;
    loaded.listData = data;
    list.render(data, s.mode, s.sort, s.dir);
  } catch (err) {
    if (n === seq.list) list.error(err);
  }
}

// renderDetail shows the record, or the paste box, that the URL names.
async function renderDetail() {
  const key = s.event ? "e:" + s.event : s.incident ? "i:" + s.incident : s.panel === "extract" ? "x" : "";
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
  for (const k of ["mode", "type", "method", "country", "modality", "background", "since", "until"]) {
    form.elements[k].addEventListener("change", () => form.requestSubmit());
  }
  $("reset").addEventListener("click", () => update(Object.fromEntries(state.filterKeys.map((k) => [k, ""]))));
  $("by").addEventListener("change", () => {
    loaded.filters = null;
    update({ by: $("by").value });
  });
  $("clear-dates").addEventListener("click", () => update({ since: "", until: "" }));
  $("open-extract").addEventListener("click", () => update({ panel: "extract", event: "", incident: "" }));
  detail.querySelector(".close").addEventListener("click", closeDetail);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !detail.hidden) closeDetail();
  });
  window.addEventListener("popstate", render);
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
    if (loaded.listData) list.render(loaded.listData, s.mode, s.sort, s.dir);
  } catch (err) {
    fail("the map outlines", err);
  }
}

setup();
render();
loadCountries();
