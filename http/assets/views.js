// views.js builds the event view (the article with every field traced to
// its words) and the incident view (every report of one happening, and
// where they disagree).

import { el, bdi, link } from "./dom.js";
import { Article } from "./article.js";
import { colour, words, countryName, plural } from "./labels.js";
import { count, range, place } from "./list.js";

// typeBadge shows an event type in its colour.
function typeBadge(type) {
  const b = el("span", { className: "badge" }, type || "");
  b.style.background = colour(type);
  return b;
}

// actorValue shows an actor's English and Arabic names and its details.
function actorValue(a) {
  if (!a) return null;
  const info = [a.sector && words(a.sector), a.country && countryName(a.country),
    a.backed_by && a.backed_by.length ? "backed by " + a.backed_by.map(countryName).join(", ") : ""].filter(Boolean);
  return [bdi(a.name || ""), a.name_ar ? [" ", bdi(a.name_ar, "ar")] : null,
    info.length ? el("span", { className: "muted" }, " (", info.join("; "), ")") : null];
}

// placeValue shows a place's names, country and precision.
function placeValue(p) {
  if (!p) return null;
  const at = typeof p.lat === "number" ? ` ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : "";
  return [bdi(p.name || ""), p.name_ar ? [" ", bdi(p.name_ar, "ar")] : null,
    el("span", { className: "muted" }, " (", [p.admin1, countryName(p.country)].filter(Boolean).join(", "),
      "; ", p.precision || "", at, ")")];
}

// countValue shows a casualty count with its qualifier.
function countValue(c) {
  if (!c) return null;
  return [count(c), c.qualifier && c.qualifier !== "exact" ? el("span", { className: "muted" }, " (" + words(c.qualifier) + ")") : null];
}

// fields lists an event's fields: [name, label, value, span].
function fields(ev) {
  const date = ev.date ? [ev.date, ev.date_end ? " – " + ev.date_end : "", el("span", { className: "muted" }, " (" + (ev.date_precision || "unknown") + ")")] : null;
  const list = [
    ["trigger", "Type", [typeBadge(ev.type), ev.method ? " " + words(ev.method) : ""], ev.trigger],
    ["date", "Date", date, null],
    ["location", "Place", placeValue(ev.location), ev.location && ev.location.span],
    ["actor", "Actor", actorValue(ev.actor), ev.actor && ev.actor.span],
    ["target", "Target", actorValue(ev.target), ev.target && ev.target.span],
    ["killed", "Killed", countValue(ev.killed), ev.killed && ev.killed.span],
    ["injured", "Injured", countValue(ev.injured), ev.injured && ev.injured.span],
    ["claimed_by", "Claimed by", actorValue(ev.claimed_by), ev.claimed_by && ev.claimed_by.span],
    ["blamed_on", "Blamed on", actorValue(ev.blamed_on), ev.blamed_on && ev.blamed_on.span],
    ["reported_by", "Reported by", (ev.reported_by || []).length ? (ev.reported_by || []).map((r, i) => [i ? ", " : "", bdi(r)]) : null, null],
    ["intercepted", "Intercepted", ev.intercepted, null],
    ["modality", "Modality", ev.modality, ev.evidence && ev.evidence[0]],
    ["confidence", "Confidence", typeof ev.confidence === "number" ? ev.confidence.toFixed(2) : null, null],
  ];
  (ev.evidence || []).forEach((s, i) => list.push(["ev" + i, `Evidence ${i + 1}`, null, s]));
  return list;
}

// short cuts a long span's words to its first ones, for the fields table;
// the article shows them whole.
function short(text) {
  const w = text.split(/\s+/);
  return w.length > 8 ? w.slice(0, 7).join(" ") + " …" : text;
}

// eventView shows one event with the text it came from (doc.text; spans
// index it by code points). onOpen(mode, id) opens other records.
export function eventView(ev, doc, onOpen) {
  const text = (doc && doc.text) || "";
  const spans = [];
  (ev.evidence || []).forEach((s, i) => spans.push({ ...s, name: "ev" + i, kind: "evidence" }));
  for (const [name, , , s] of fields(ev)) {
    if (s && !name.startsWith("ev") && name !== "modality") spans.push({ ...s, name, kind: name === "trigger" ? "trigger" : "field" });
  }
  const lang = (doc && doc.lang) || ev.lang || "ar";
  const art = new Article(text, spans, lang);
  const bad = spans.filter((s) => s.text && art.text(s) !== s.text);
  const rows = el("tbody");
  for (const [name, label, value, span] of fields(ev)) {
    if (value === null && !span) continue;
    const said = span ? span.text || art.text(span) : "";
    const from = span ? el("button", { type: "button", className: "from", dir: "auto", lang: "ar",
      title: "Show these words in the text" }, short(said)) : null;
    const row = el("tr", { "data-field": name, className: span ? "traced" : null },
      el("th", { scope: "row" }, label), el("td", { className: "value" }, value), el("td", { className: "words" }, from));
    if (span) {
      const focusName = name === "modality" ? "ev0" : name;
      row.addEventListener("click", () => {
        for (const r of rows.querySelectorAll("tr.active")) r.classList.remove("active");
        row.classList.add("active");
        art.focus(focusName);
      });
    }
    rows.append(row);
  }
  const head = docHeader(doc, ev, onOpen);
  return el("div", { className: "eventview" },
    head,
    bad.length ? el("p", { className: "error" }, `${bad.length} span(s) do not match the article text.`) : null,
    el("div", { className: "split" },
      el("section", { className: "fields" }, el("h3", null, "Fields and the words they came from"),
        el("table", { className: "fieldtable" }, rows)),
      el("section", { className: "text" }, el("h3", null, "Article"),
        text ? art.root : el("p", { className: "muted" }, "The article's text is not stored."))));
}

// docHeader shows the report's title, source, date and link.
function docHeader(doc, ev, onOpen) {
  const d = doc || {};
  const title = d.title || ev.title || "";
  const url = d.url || ev.url;
  return el("header", { className: "dochead" },
    el("h2", { dir: "auto" }, title || "Untitled report"),
    el("p", { className: "meta" },
      typeBadge(ev.type), " ",
      [d.source || ev.source, (d.published || ev.published || "").slice(0, 10), d.lang || ev.lang]
        .filter(Boolean).map((x, i) => [i ? " · " : "", bdi(x)]),
      url ? [" · ", link(url, url)] : null,
      ev.incident_id && onOpen ? [" · ", el("button", { type: "button", className: "linkish", "data-incident": ev.incident_id,
        onclick: () => onOpen("incidents", ev.incident_id) }, "incident of all its reports")] : null));
}

// tally counts how many reports give each value.
function tally(events, f) {
  const m = new Map();
  for (const e of events) {
    const v = f(e);
    if (v === "" || v === null || v === undefined) continue;
    m.set(v, (m.get(v) || 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

// reportsFrom says how many reports from how many sources: "1 report
// from 1 source: ", "3 reports from 2 sources: ".
function reportsFrom(n, sources) {
  return `${plural(n, "report", "reports")} from ${plural(sources, "source", "sources")}: `;
}

// casualties shows an incident's casualty figure: the median of what its
// reports say, and, when they differ, what each number rests on.
function casualties(c) {
  if (!c || !c.reports) return null;
  const n = c.reports;
  if (c.min === c.max) return `${c.best} (${n === 1 ? "one report" : `all ${n} reports agree`})`;
  const values = [...(c.values || [])].sort((a, b) => a.n - b.n);
  return [String(c.best), el("span", { className: "muted spread" }, ` (median of ${n} reports; they range from ${c.min} to ${c.max}: `,
    values.map((v, i) => [i ? ", " : "", `${v.n} in ${v.reports} ${v.reports === 1 ? "report" : "reports"}`]), ")")];
}

// claims shows who claimed an incident according to which reports, and
// how many reports name no one. Views stored before claims were kept per
// report give only claimed_by; the reports then tell who said what.
function claims(inc, events) {
  let list = inc.claims;
  if (!list || !list.length) {
    list = (inc.claimed_by || []).map((a) => {
      const said = events.filter((e) => e.claimed_by && e.claimed_by.name === a.name);
      return { actor: a, reports: said.map((e) => e.id), sources: [...new Set(said.map((e) => e.source || e.doc_id))].sort() };
    });
  }
  if (!list.length) return null;
  const total = inc.reports || events.length;
  const named = new Set(list.flatMap((c) => c.reports || []));
  return el("ul", { className: "claims" }, list.map((c) => {
    const n = (c.reports || []).length;
    return el("li", null, actorValue(c.actor), el("span", { className: "muted" },
      ` — in ${n} of ${total} ${total === 1 ? "report" : "reports"}`, (c.sources || []).length ? ", from " : "",
      (c.sources || []).map((s, i) => [i ? ", " : "", bdi(s)])));
  }), total > named.size ? el("li", { className: "muted" }, `${total - named.size} of ${total} name no one`) : null);
}

// incidentView shows an incident, its reports and how they differ.
export function incidentView(inc, onOpen) {
  const events = inc.events || [];
  const summary = [
    ["Type", [typeBadge(inc.type), inc.method ? " " + words(inc.method) : "", " ", el("span", { className: "muted" }, inc.modality || "")]],
    ["Date", [inc.date || "unknown", inc.date_min && inc.date_max && inc.date_min !== inc.date_max ? ` (reports say ${inc.date_min} to ${inc.date_max})` : ""]],
    ["Place", placeValue(inc.location)],
    ["Actor", actorValue(inc.actor)],
    ["Target", actorValue(inc.target)],
    ["Killed", casualties(inc.killed)],
    ["Injured", casualties(inc.injured)],
    ["Claimed by", claims(inc, events)],
    ["Reports", reportsFrom(inc.reports || events.length, (inc.sources || []).length), (inc.sources || []).map((s, i) => [i ? ", " : "", bdi(s)])],
    ["Seen", [inc.first_seen || "", inc.last_seen && inc.last_seen !== inc.first_seen ? " – " + inc.last_seen : ""]],
  ];
  const diffs = [
    ["Casualty counts", tally(events, (e) => (e.killed && e.killed.count != null ? `${count(e.killed)} killed` : ""))
      .concat(tally(events, (e) => (e.injured && e.injured.count != null ? `${count(e.injured)} injured` : "")))],
    ["Places", tally(events, (e) => place(e.location))],
    ["Dates", tally(events, (e) => e.date || "")],
    ["Actors", tally(events, (e) => (e.actor && e.actor.name) || "")],
  ].filter(([, t]) => t.length);
  const joins = new Map((inc.joins || []).map((j) => [j.event_id, j]));
  const best = (c) => (c && c.reports ? c.best : null);
  const mark = (td, differs, why) => {
    if (differs) {
      td.classList.add("differs");
      td.title = why;
    }
    return td;
  };
  const body = el("tbody");
  for (const e of events) {
    const j = joins.get(e.id);
    const placeName = e.location ? e.location.name : "";
    const row = el("tr", { tabindex: 0, "data-id": e.id, onclick: () => onOpen("events", e.id),
      onkeydown: (k) => { if (k.key === "Enter") onOpen("events", e.id); } },
      el("td", null, bdi(e.source || e.doc_id)),
      el("td", null, bdi(e.title || "", "title")),
      el("td", null, (e.published || "").slice(0, 10)),
      mark(el("td", null, e.date || ""), e.date && inc.date && e.date !== inc.date, "differs from the incident's date"),
      mark(el("td", null, bdi(place(e.location))), placeName && inc.location && placeName !== inc.location.name, "differs from the incident's place"),
      mark(el("td", null, count(e.killed)), e.killed && e.killed.count != null && best(inc.killed) !== null && e.killed.count !== best(inc.killed), "differs from the median of the reports"),
      mark(el("td", null, count(e.injured)), e.injured && e.injured.count != null && best(inc.injured) !== null && e.injured.count !== best(inc.injured), "differs from the median of the reports"),
      el("td", { className: "c-claimed" }, e.claimed_by ? bdi(e.claimed_by.name || e.claimed_by.name_ar || "") : el("span", { className: "muted" }, "no claim")),
      el("td", null, e.modality || ""),
      el("td", { className: "muted" }, j && j.reasons && j.reasons.length ? `${j.reasons.join(", ")} (${(j.score || 0).toFixed(2)})` : "first report"));
    body.append(row);
  }
  return el("div", { className: "incidentview" },
    el("header", { className: "dochead" }, el("h2", null, "Incident ", el("code", null, inc.id)),
      el("p", { className: "meta" }, `${events.length} reports of one happening`)),
    el("table", { className: "fieldtable" }, el("tbody", null, summary.map(([k, ...v]) =>
      v[0] === null ? null : el("tr", null, el("th", { scope: "row" }, k), el("td", null, v))))),
    diffs.length ? el("section", { className: "diffs" }, el("h3", null, "How the reports differ"),
      el("ul", null, diffs.map(([k, t]) => el("li", null, el("strong", null, k + ": "),
        t.map(([v, n], i) => [i ? "; " : "", bdi(v), ` (${n} ${n === 1 ? "report" : "reports"})`]))))) : null,
    el("h3", null, "Reports"),
    el("table", { className: "records reports" },
      el("thead", null, el("tr", null, ["Source", "Title", "Published", "Date", "Place", "Killed", "Injured", "Claimed by", "Modality", "Joined because"].map((h) => el("th", { scope: "col" }, h)))),
      body));
}
