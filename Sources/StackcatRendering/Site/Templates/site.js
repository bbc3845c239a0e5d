{{{marker}}}
// The index's search and filters, over search.js (window.stackcatSearch, window.stackcatRanking).
// The ranking is not written here: search.js carries `stackcat search`'s rules (Search.Tier.rule) as
// data, best tier first, and an entry takes the first tier whose rule it meets: "whole" (the query is
// one of the fields' values), "prefix" (it starts one) or "everyWord" (each word occurs in one). Ties
// go by id, then by kind in the order given. The entries' fields were folded by stackcat; the query
// is folded here the same way (case, accents, full-width forms). The query and the filters live in
// the address (?q=...&category=...), so a search survives a reload and can be shared. Without
// JavaScript the form stays hidden and the tiles show; graphs are drawn fitted to the page width.
(function () {
  "use strict";
  // Graphs: a button switches between fitted to the width and Graphviz's own size (scrolled).
  Array.prototype.forEach.call(document.querySelectorAll(".graph-svg"), function (frame) {
    var caption = frame.parentNode.querySelector("figcaption");
    if (!caption) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Full size";
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      var full = frame.classList.toggle("full");
      button.setAttribute("aria-pressed", full ? "true" : "false");
    });
    caption.appendChild(button);
  });

  var form = document.getElementById("filters");
  var entries = window.stackcatSearch;
  if (!form || !entries || !window.stackcatRanking) { return; }
  var FOLD = {{{foldTable}}};
  var MARK = /[\p{Mn}\p{Me}]/u;

  function fold(text) {
    var out = "";
    for (var ch of text.toLowerCase()) {
      var code = ch.codePointAt(0);
      if (code < 0x80) { out += ch; }
      else if (Object.prototype.hasOwnProperty.call(FOLD, ch)) { out += FOLD[ch]; }
      else if (code >= 0xFF01 && code <= 0xFF5E) { out += String.fromCharCode(code - 0xFEE0).toLowerCase(); }
      else if (!MARK.test(ch)) { out += ch; }
    }
    return out;
  }

  // Search.Fields.values: a field's values as a list (the name and the text are one string each).
  function values(entry, field) {
    var value = entry[field];
    return typeof value === "string" ? [value] : value;
  }

  // Search.Fields.meets: whether the entry meets one tier's rule.
  function meets(entry, rule, whole, words) {
    function any(test) {
      return rule.fields.some(function (field) { return values(entry, field).some(test); });
    }
    if (rule.test === "whole") { return any(function (value) { return value === whole; }); }
    if (rule.test === "prefix") { return any(function (value) { return value.startsWith(whole); }); }
    return words.every(function (word) { return any(function (value) { return value.indexOf(word) >= 0; }); });
  }

  // Search.Fields.tier(of:): the first tier whose rule the entry meets, or -1.
  var TIERS = window.stackcatRanking.tiers;
  function tier(entry, whole, words) {
    for (var t = 0; t < TIERS.length; t++) {
      if (meets(entry, TIERS[t], whole, words)) { return t; }
    }
    return -1;
  }

  var KINDS = { tool: "tools/", stack: "stacks/", team: "teams/", category: "categories/" };
  var ORDER = {};
  window.stackcatRanking.kinds.forEach(function (kind, n) { ORDER[kind] = n; });
  var query = document.getElementById("q");
  var selects = {
    category: document.getElementById("f-category"),
    role: document.getElementById("f-role"),
    lifecycle: document.getElementById("f-lifecycle"),
    stack: document.getElementById("f-stack")
  };
  // The owner filter is there only when the catalog has teams.
  var owner = document.getElementById("f-owner");
  if (owner) { selects.owner = owner; }
  var names = Object.keys(selects);
  var count = document.getElementById("count");
  var results = document.getElementById("results");
  var groups = document.getElementById("groups");
  var toolCount = entries.filter(function (e) { return e.k === "tool"; }).length;

  function passes(entry, filters) {
    if (entry.k !== "tool") { return filters.length === 0; }
    for (var f = 0; f < filters.length; f++) {
      var name = filters[f][0], value = filters[f][1];
      if (name === "category" && entry.c.indexOf(value) < 0) { return false; }
      if (name === "role" && entry.r.indexOf(value) < 0) { return false; }
      if (name === "lifecycle" && entry.l !== value) { return false; }
      if (name === "stack" && entry.st.indexOf(value) < 0) { return false; }
      if (name === "owner" && entry.o !== value) { return false; }
    }
    return true;
  }

  function item(entry) {
    var li = document.createElement("li");
    li.className = "result result-" + entry.k;
    li.setAttribute("data-id", entry.id);
    li.setAttribute("data-kind", entry.k);
    var link = document.createElement("a");
    link.href = KINDS[entry.k] + encodeURIComponent(entry.id) + ".html";
    link.textContent = entry.name;
    li.appendChild(link);
    if (entry.k !== "tool") {
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = entry.k;
      li.appendChild(kind);
    }
    (entry.rg || []).forEach(function (ring) {
      var badge = document.createElement("span");
      badge.className = "ring ring-" + ring;
      badge.textContent = ring;
      li.appendChild(badge);
    });
    if (entry.s) {
      var summary = document.createElement("span");
      summary.className = "result-summary";
      summary.textContent = entry.s;
      li.appendChild(summary);
    }
    return li;
  }

  // The address holds the state: ?q=...&category=... (#name=value, as older links have it, is read too).
  function stateFromAddress() {
    var pairs = [];
    new URLSearchParams(window.location.search).forEach(function (value, name) { pairs.push([name, value]); });
    window.location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) {
        try { pairs.push([decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1))]); } catch (e) { /* not ours */ }
      }
    });
    pairs.forEach(function (pair) {
      if (pair[0] === "q") { query.value = pair[1]; }
      else if (Object.prototype.hasOwnProperty.call(selects, pair[0])) { selects[pair[0]].value = pair[1]; }
    });
  }

  function saveToAddress() {
    var params = new URLSearchParams();
    if (query.value) { params.set("q", query.value); }
    names.forEach(function (name) { if (selects[name].value) { params.set(name, selects[name].value); } });
    var search = params.toString();
    var url = window.location.pathname + (search ? "?" + search : "");
    if (url === window.location.pathname + window.location.search && !/=/.test(window.location.hash)) { return; }
    try { window.history.replaceState(null, "", url + (/=/.test(window.location.hash) ? "" : window.location.hash)); } catch (e) { /* a browser that refuses: the state stays on the page */ }
  }

  var timer = 0, shownState = null;
  function apply() {
    // Search.Query: the folded words, and the whole query: the words joined by one space.
    var words = fold(query.value).split(/\s+/).filter(function (word) { return word.length > 0; });
    var whole = words.join(" ");
    var filters = names.filter(function (name) { return selects[name].value; }).map(function (name) { return [name, selects[name].value]; });
    // The same search again (a change event after the input events, as the box loses focus to a
    // click on a result) keeps the list: rebuilding it would take the clicked link away.
    var state = JSON.stringify([words, filters]);
    if (state === shownState) { return; }
    shownState = state;
    if (words.length === 0 && filters.length === 0) {
      results.hidden = true;
      results.textContent = "";
      groups.hidden = false;
      count.textContent = toolCount + " tools";
      return;
    }
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i];
      if (words.length === 0 && entry.k !== "tool") { continue; }
      if (!passes(entry, filters)) { continue; }
      var t = words.length ? tier(entry, whole, words) : 0;
      if (t >= 0) { hits.push({ entry: entry, tier: t }); }
    }
    hits.sort(function (a, b) {
      if (a.tier !== b.tier) { return a.tier - b.tier; }
      if (a.entry.id !== b.entry.id) { return a.entry.id < b.entry.id ? -1 : 1; }
      return ORDER[a.entry.k] - ORDER[b.entry.k];
    });
    var fragment = document.createDocumentFragment();
    hits.forEach(function (hit) { fragment.appendChild(item(hit.entry)); });
    results.textContent = "";
    results.appendChild(fragment);
    results.hidden = false;
    groups.hidden = true;
    var tools = hits.filter(function (hit) { return hit.entry.k === "tool"; }).length;
    var others = hits.length - tools;
    count.textContent = tools + " of " + toolCount + " tools"
      + (others ? " and " + others + (others === 1 ? " other match" : " other matches") : "")
      + (hits.length === 0 ? ": none matches" : "");
  }

  function update() {
    apply();
    window.clearTimeout(timer);
    timer = window.setTimeout(saveToAddress, 150);
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  window.addEventListener("hashchange", function () { stateFromAddress(); apply(); });
  stateFromAddress();
  apply();
})();
