// article.js shows an article's text with spans highlighted: the trigger,
// the evidence sentences and the words each field came from. Offsets are
// code points, so the text is cut as an array of code points, never by
// UTF-16 index.

import { el, clear, cps, slice } from "./dom.js";

// Article is an article's text in a root element, with named spans
// ({name, start, end, kind}) highlighted. kind is "trigger", "evidence"
// or "field". lang ("ar", "en") sets the text's direction, so that an
// Arabic article that starts with Latin letters still reads right to left.
export class Article {
  constructor(text, spans, lang) {
    this.points = cps(text);
    this.spans = spans.filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) &&
      s.start >= 0 && s.end <= this.points.length && s.start < s.end);
    const dir = lang === "ar" ? "rtl" : lang === "en" ? "ltr" : "auto";
    this.root = el("div", { className: "article", dir, lang: lang || null });
    this.render();
  }

  // text returns the text of a span, cut out by code points.
  text(span) {
    return slice(this.points, span.start, span.end);
  }

  // render cuts the text at every span boundary; each piece is a <span>
  // carrying a class for each span that covers it (s-NAME), so that the
  // pieces of one span, joined, give exactly its text.
  render() {
    const cuts = new Set([0, this.points.length]);
    for (const s of this.spans) cuts.add(s.start).add(s.end);
    const at = [...cuts].sort((a, b) => a - b);
    clear(this.root);
    for (let i = 0; i + 1 < at.length; i++) {
      const [a, z] = [at[i], at[i + 1]];
      const text = slice(this.points, a, z);
      const over = this.spans.filter((s) => s.start <= a && z <= s.end);
      if (!over.length) {
        this.root.append(document.createTextNode(text));
        continue;
      }
      const cls = new Set(over.map((s) => "s-" + s.name));
      for (const s of over) cls.add(s.kind);
      this.root.append(el("span", { className: [...cls].join(" "), "data-spans": over.map((s) => s.name).join(" ") }, text));
    }
  }

  // focus marks the pieces of the span called name as active and scrolls
  // the first into view; other spans lose their mark.
  focus(name) {
    for (const e of this.root.querySelectorAll(".active")) e.classList.remove("active");
    const parts = this.root.querySelectorAll(".s-" + CSS.escape(name));
    for (const e of parts) e.classList.add("active");
    if (parts.length) parts[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }
}

// reveal scrolls an article's own box, not the page, so that the first
// piece matching sel sits a third of the way down it. It does nothing
// when article is null or holds no such piece.
export function reveal(article, sel) {
  const e = article && article.querySelector(sel);
  if (!e) return;
  const box = article.getBoundingClientRect();
  const at = e.getBoundingClientRect();
  article.scrollTop += at.top - box.top - box.height / 3;
}
