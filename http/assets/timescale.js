// timescale.js holds the date arithmetic of the timeline: buckets of a
// day, a week, a month or a year; which bucket size fits a range; the
// range of the bulk of the records, so that a stray date (an event of
// 1468 recalled in a 2018 article) is shown apart instead of stretching
// the axis; and the days a year-only or month-only date covers.

export const dayMS = 86400000;

// units are the bucket sizes, with their rough length in days.
export const units = { day: 1, week: 7, month: 30.4, year: 365.25 };

// parse returns the UTC time of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD;
// a partial date means its first day).
export function parse(d) {
  return Date.UTC(+d.slice(0, 4), d.length >= 7 ? +d.slice(5, 7) - 1 : 0, d.length >= 10 ? +d.slice(8, 10) : 1);
}

// iso returns the ISO date of a UTC time.
export function iso(t) {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  return (y < 1000 ? String(y).padStart(4, "0") : String(y)) + d.toISOString().slice(4, 10);
}

// start returns the first day of the bucket of unit by that holds day d.
export function start(d, by) {
  switch (by) {
    case "year":
      return d.slice(0, 4) + "-01-01";
    case "month":
      return d.slice(0, 7) + "-01";
    case "week": {
      const t = parse(d);
      return iso(t - ((new Date(t).getUTCDay() + 6) % 7) * dayMS);
    }
  }
  return d.slice(0, 10);
}

// next returns the first day of the bucket after the one starting on d.
export function next(d, by) {
  const t = new Date(parse(d));
  if (by === "year") t.setUTCFullYear(t.getUTCFullYear() + 1);
  else if (by === "month") t.setUTCMonth(t.getUTCMonth() + 1);
  else t.setUTCDate(t.getUTCDate() + (by === "week" ? 7 : 1));
  return iso(t.getTime());
}

// end returns the last day of the bucket starting on d.
export function end(d, by) {
  return iso(parse(next(d, by)) - dayMS);
}

// span returns the first and last day a date covers: a day, a month or
// a year, or up to date_end.
export function span(date, dateEnd) {
  const lo = date.length === 4 ? date + "-01-01" : date.length === 7 ? date + "-01" : date.slice(0, 10);
  let hi = date.length === 4 ? date + "-12-31" : date.length === 7 ? end(date + "-01", "month") : date.slice(0, 10);
  if (dateEnd) {
    const h = span(dateEnd, "")[1];
    if (h > hi) hi = h;
  }
  return [lo, hi];
}

// unitFor returns the bucket size that draws a range of days in about 20
// to 120 bars.
export function unitFor(days) {
  if (days <= 120) return "day";
  if (days <= 2 * 365) return "week";
  if (days <= 25 * 365) return "month";
  return "year";
}

// bulkRange takes counts by month ([{key: "YYYY-MM", n}]) and returns the
// first and last month of the bulk of the records, and the months far
// outside it. The bulk runs from the month where 2% of the records are
// reached to the one where 98% are; a month counts as far when it lies
// more than half the bulk's length (and at least three months) beyond it.
export function bulkRange(months) {
  const rows = months.filter((r) => r.n > 0 && /^\d{4}-\d{2}$/.test(r.key)).sort((a, b) => (a.key < b.key ? -1 : 1));
  if (!rows.length) return null;
  const total = rows.reduce((m, r) => m + r.n, 0);
  let seen = 0;
  let lo = null;
  let hi = null;
  for (const r of rows) {
    seen += r.n;
    if (lo === null && seen > total * 0.02) lo = r.key;
    if (hi === null && seen >= total * 0.98) hi = r.key;
  }
  const index = (k) => +k.slice(0, 4) * 12 + +k.slice(5, 7) - 1;
  const margin = Math.max(3, Math.round((index(hi) - index(lo)) * 0.5));
  const inside = [];
  const outside = [];
  for (const r of rows) (index(r.key) < index(lo) - margin || index(r.key) > index(hi) + margin ? outside : inside).push(r);
  return { first: inside[0].key, last: inside[inside.length - 1].key, outside };
}
