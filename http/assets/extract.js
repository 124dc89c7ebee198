// extract.js is the paste box and drop zone: it sends an article's text
// to POST /api/v1/extract and shows the events found, without storing
// anything.

import { el, clear } from "./dom.js";
import { extract } from "./api.js";
import { eventView } from "./views.js";
import { plural, words } from "./labels.js";

// extractPanel returns the paste box with its results area.
export function extractPanel() {
  const box = el("textarea", { id: "paste", dir: "auto", lang: "ar", rows: 10,
    placeholder: "Paste an article here, or drop a .txt file on this box" });
  const date = el("input", { type: "date", id: "paste-date", title: "Publication date, to resolve \"yesterday\", \"on Saturday\"" });
  const token = el("input", { type: "password", id: "paste-token", placeholder: "token (if the server needs one)", autocomplete: "off" });
  const file = el("input", { type: "file", accept: ".txt,text/plain" });
  const status = el("p", { className: "status", role: "status" });
  const results = el("div", { className: "results" });
  const button = el("button", { type: "submit", id: "paste-go" }, "Extract events");
  const zone = el("div", { className: "dropzone" }, box);

  const load = async (f) => {
    if (!f) return;
    box.value = await f.text();
    status.textContent = `Read ${f.name}.`;
  };
  file.addEventListener("change", () => load(file.files[0]));
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    const f = e.dataTransfer.files[0];
    if (f) load(f);
    else box.value = e.dataTransfer.getData("text/plain");
  });

  const form = el("form", { className: "extract" },
    el("h2", null, "Extract an article"),
    el("p", { className: "muted" }, "The text is coded on the server and shown here; nothing is stored."),
    zone,
    el("div", { className: "row" }, el("label", null, "Published ", date), file, token, button),
    status, results);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = box.value;
    if (!text.trim()) {
      status.textContent = "Paste some text first.";
      return;
    }
    button.disabled = true;
    status.textContent = "Extracting…";
    clear(results);
    try {
      const res = await extract(text, date.value, token.value);
      showResult(res, text, status, results);
    } catch (err) {
      status.textContent = "Could not extract: " + err.message;
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

// showResult lists the events of an extraction result and shows the
// chosen one against the text.
function showResult(res, text, status, results) {
  const events = res.events || [];
  status.textContent = `Found ${plural(events.length, "event", "events")}, ` +
    `${plural((res.quotes || []).length, "quote", "quotes")} and ` +
    `${plural((res.entities || []).length, "named entity", "named entities")}.`;
  if (!events.length) return;
  const detail = el("div", { className: "found-detail" });
  const show = (i) => {
    for (const b of tabs.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.i === String(i)));
    clear(detail).append(eventView(events[i], { text, title: "Pasted text", lang: res.lang }, null));
  };
  const tabs = el("div", { className: "found", role: "group", "aria-label": "events found" },
    events.map((ev, i) => el("button", { type: "button", "data-i": i, onclick: () => show(i) },
      `${i + 1}. ${ev.type}${ev.method ? " · " + words(ev.method) : ""}: `, el("bdi", null, (ev.trigger && ev.trigger.text) || ""))));
  results.append(tabs, detail);
  show(0);
}
