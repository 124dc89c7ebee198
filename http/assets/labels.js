// labels.js holds the vocabularies of EVENTS.md and how the page shows
// them: event types with their colours, methods by type, modalities.

// types lists the PLOVER event types in the order of EVENTS.md, each with
// its marker colour: reds for violence, oranges for pressure, purple for
// protest, blues and greens for diplomacy and cooperation.
export const types = [
  ["ASSAULT", "#d7301f"],
  ["COERCE", "#f16913"],
  ["MOBILIZE", "#8c510a"],
  ["SANCTION", "#bf812d"],
  ["PROTEST", "#7b3294"],
  ["THREATEN", "#e7298a"],
  ["ACCUSE", "#c2a5cf"],
  ["REJECT", "#a50f15"],
  ["REQUEST", "#fdae61"],
  ["RETREAT", "#66bd63"],
  ["AID", "#1a9850"],
  ["COOPERATE", "#35978f"],
  ["CONCEDE", "#80cdc1"],
  ["SUPPORT", "#92c5de"],
  ["CONSULT", "#2166ac"],
  ["AGREE", "#4393c3"],
];

const colours = new Map(types);

// colour returns the marker colour of an event type.
export function colour(type) {
  return colours.get(type) || "#777777";
}

// methods lists the methods of EVENTS.md by event type.
export const methods = {
  ASSAULT: ["ballistic_missile", "cruise_missile", "missile", "rocket", "mortar", "artillery", "airstrike",
    "drone", "naval", "gunfire", "clash", "ied", "car_bomb", "suicide_bombing", "grenade", "landmine",
    "stabbing", "beating", "arson", "raid", "assassination", "abduction", "sexual_violence", "cyber"],
  COERCE: ["arrest", "detention", "seizure", "demolition", "deportation", "blockade", "curfew", "censorship"],
  PROTEST: ["demonstration", "riot", "strike", "hunger_strike", "sit_in", "boycott"],
  CONSULT: ["meeting", "visit", "call", "negotiation"],
};

// methodsFor returns the methods that go with type, or every method when
// type is empty.
export function methodsFor(type) {
  if (type) return methods[type] || [];
  return Object.values(methods).flat();
}

// modalities lists the modalities of docs/format.md.
export const modalities = ["asserted", "future", "negated", "hypothetical"];

// plural counts n of a thing: "1 quote", "2 quotes", "1,200 events".
export function plural(n, one, many) {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

// words turns a snake_case value into words: "car_bomb" → "car bomb".
export function words(v) {
  return v ? String(v).replace(/_/g, " ") : "";
}

// countries maps ISO alpha-2 codes to {name, name_ar}; app.js fills it
// from world.json.
export const countries = new Map();

// countryName returns "Iraq" for "IQ", or the code itself when unknown.
export function countryName(code) {
  const c = countries.get(code);
  return c ? c.name : code || "";
}
