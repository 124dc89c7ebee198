// dom.js builds elements safely. Every string from the API goes into the
// page as text (textContent, createTextNode), never as markup, and links
// only ever point at http(s) URLs.

// el creates an element with attributes and children. Strings among the
// children become text nodes; null and false children are skipped.
// Attribute values are set with setAttribute, so they are never parsed as
// markup; "class" may be given as "className".
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "className") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) {
      if (typeof v === "function") e.addEventListener(k.slice(2), v);
    } else e.setAttribute(k, v === true ? "" : String(v));
  }
  append(e, children);
  return e;
}

// svg creates an SVG element with attributes and children.
export function svg(tag, attrs, ...children) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith("on")) {
      if (typeof v === "function") e.addEventListener(k.slice(2), v);
    } else e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

// append adds children (nodes, strings, nested arrays) to parent.
export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

// clear removes every child of e.
export function clear(e) {
  while (e.firstChild) e.removeChild(e.firstChild);
  return e;
}

// safeHref returns u as an absolute http(s) URL, or null for anything
// else (javascript:, data:, relative junk).
export function safeHref(u) {
  if (typeof u !== "string" || u === "") return null;
  try {
    const url = new URL(u);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {
    // not a URL
  }
  return null;
}

// link returns an external link to u showing label, or plain text when
// u is not an http(s) URL.
export function link(u, label) {
  const href = safeHref(u);
  const text = label || u || "";
  if (!href) return el("span", { className: "nolink", dir: "auto" }, text);
  return el("a", { href, target: "_blank", rel: "noopener noreferrer", dir: "auto" }, text);
}

// bdi wraps text whose direction is unknown (Arabic, English or both) so
// that it does not reorder its neighbours.
export function bdi(text, cls) {
  return el("bdi", { className: cls || null }, text ?? "");
}

// cps splits a string into its code points: the API's offsets count code
// points, while JavaScript strings index UTF-16 units.
export function cps(s) {
  return Array.from(s || "");
}

// slice returns the text between code-point offsets start and end.
export function slice(points, start, end) {
  return points.slice(start, end).join("");
}
