/* Diplograph snapshot viewer.
   Static code, allowed by the page's Content-Security-Policy through its hash. Every datum comes from the
   JSON block #diplograph-data and reaches the page only through textContent, DOM properties or
   vis-network's canvas and text tooltips: never innerHTML, never markup built from data.

   The dashboard's page is "live" (snapshot.live_page): its JSON block holds only what every view shares
   (style, words, search folding) and each view comes as base64 JSON in the URL's fragment
   (snapshot.live_fragment), header included as a tree of our own few tags (built with createElement and
   textContent). A filter change then changes only the fragment: the same document, with vis-network
   already run, draws the next view (a new body from the pristine one, the old network destroyed). */
(function () {
  "use strict";
  performance.mark("dg-start");  // vis-network parsed and run (the benchmarks read these marks)
  var root = document.documentElement;
  var block = JSON.parse(document.getElementById("diplograph-data").textContent);
  var pristine = null, shows = 0;
  var TAGS = { p: true, bdi: true, li: true, span: true, b: true };

  // The view in the fragment: base64 of UTF-8 JSON, laid over the block's shared parts; null if none.
  function current() {
    if (!block.live) return block;
    var h = location.hash.slice(1);
    if (!h) return null;
    var bytes = Uint8Array.from(atob(h), function (c) { return c.charCodeAt(0); });
    var view = JSON.parse(new TextDecoder().decode(bytes));
    var out = {};
    Object.keys(block).forEach(function (k) { out[k] = block[k]; });
    Object.keys(view).forEach(function (k) { out[k] = view[k]; });
    return out;
  }
  // A header part: text, or [tag, class, children] with tag one of TAGS (span otherwise).
  function build(parent, items, before) {
    (items || []).forEach(function (n) {
      var x;
      if (typeof n === "string") x = document.createTextNode(n);
      else {
        x = document.createElement(own.call(TAGS, n[0]) ? n[0] : "span");
        if (n[1]) x.className = String(n[1]);
        build(x, n[2]);
      }
      parent.insertBefore(x, before || null);
    });
  }
  function fillHeader(h) {
    var head = document.getElementById("head");
    document.title = String(h.title || "");
    head.querySelector("h1").textContent = String(h.title || "");
    build(head.querySelector(".filters"), h.filters);
    var counts = head.querySelector(".counts");
    build(counts, h.counts);
    build(head, h.undated, counts);
    build(head, h.notice, head.querySelector(".hint"));
    build(head.querySelector(".legend"), h.legend);
    if (h.empty) build(document.getElementById("graph"), [["p", "empty", [String(h.empty)]]]);
  }
  function start() {
    var data = current();
    if (!data) return;
    if (pristine) {
      var old = window.diplograph && window.diplograph.network;
      if (old) old.destroy();
      document.body.replaceWith(pristine.cloneNode(true));
    } else if (block.live) {  // kept for the next view (a standalone page has one view: nothing kept)
      pristine = document.body.cloneNode(true);
      Array.prototype.forEach.call(pristine.querySelectorAll("script"), function (x) { x.remove(); });
    }
    delete root.dataset.state;
    shows += 1;
    if (data.header) fillHeader(data.header);
    show(data, shows, location.hash);
  }
  var own = Object.prototype.hasOwnProperty;
  if (block.live) {
    window.addEventListener("hashchange", function () { performance.mark("dg-hash"); start(); });
  }
  start();

  function show(data, me, drawn) {
  var meta = data.meta;
  var style = data.style;
  var lang = meta.lang === "ar" ? "ar" : "en";
  var words = data.words || { phrases: {}, nouns: {}, changes: {} };
  // A phrase in the page's language, {placeholders} filled; never markup (it reaches textContent only).
  function W(key, vals) {
    var t = own.call(words.phrases, key) ? String(words.phrases[key]) : key;
    if (vals) Object.keys(vals).forEach(function (k) { t = t.split("{" + k + "}").join(String(vals[k])); });
    return t;
  }

  function records(table) {
    var f = table.fields;
    return table.rows.map(function (row) {
      var o = {};
      for (var i = 0; i < f.length; i++) o[f[i]] = row[i];
      return o;
    });
  }
  var nodes = records(data.nodes);
  var edges = records(data.edges);
  var docs = records(data.docs);
  var VF = data.evidence_fields;
  performance.mark("dg-data");

  // Control, bidi embedding/override and isolate characters: kept in the data, dropped from labels.
  var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
  function clean(s, max) {
    s = s === null || s === undefined ? "" : String(s);
    s = s.replace(CONTROL, "");
    if (max && s.length > max) s = s.slice(0, max - 1) + "\u2026";
    return s;
  }
  // Long texts are cut for display (a real sentence is far shorter; a 1 MB one would freeze the layout).
  var TEXT_MAX = 4000;
  function cut(s, max) {
    s = s === null || s === undefined ? "" : String(s);
    return s.length > max ? s.slice(0, max) + "\u2026 (" + (s.length - max).toLocaleString("en") + " more characters)" : s;
  }
  function nodeName(n) {
    var first = lang === "ar" ? n.name_ar : n.name;
    var other = lang === "ar" ? n.name : n.name_ar;
    return clean(first) || clean(other) || clean(n.id) || "?";
  }
  function otherName(n) {
    return clean(lang === "ar" ? n.name : n.name_ar);
  }
  function localLabel(s, fallback) {
    return (lang === "ar" && s.label_ar) ? String(s.label_ar) : String(s.label || fallback);
  }
  function kindStyle(kind) {
    return (typeof kind === "string" && own.call(style.kinds, kind) && style.kinds[kind]) || { colour: "#999999", shape: "dot", label: String(kind || "unknown").replace(/_/g, " ") };
  }
  function typeStyle(type) {
    return (typeof type === "string" && own.call(style.types, type) && style.types[type]) || { colour: "#999999", label: String(type || "unknown").replace(/_/g, " "), symmetric: false };
  }
  function kindName(kind) { return localLabel(kindStyle(kind), kind); }
  function typeName(type) { return localLabel(typeStyle(type), type); }
  // Digits grouped by thousands (toLocaleString is slow enough to matter for 20,000 nodes).
  function fmt(n) {
    var s = String(Math.round(Number(n || 0)));
    return s.length < 4 ? s : s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }
  // A count and its noun in the page's language (Arabic: one, two, three to ten, eleven and more).
  function plural(n, word) {
    n = Number(n || 0);
    var forms = own.call(words.nouns, word) ? words.nouns[word] : [word, word + "s"];
    var f;
    if (forms.length === 2) f = n === 1 ? forms[0] : forms[1];
    else if (n === 1) f = forms[0];
    else if (n === 2) f = forms[1];
    else f = (n % 100 >= 3 && n % 100 <= 10) ? forms[2] : forms[0];
    return fmt(n) + " " + f;
  }
  var SEP = lang === "ar" ? "\u060c " : ", ";
  // A date isolated left to right: after an Arabic word its digits would turn into Arabic numbers and
  // 2016-07-15 would read 15-07-2016.
  function isoDate(d) { return "\u2066" + d + "\u2069"; }
  var ARROW = lang === "ar" ? " \u2190 " : " \u2192 ";  // from source to target: arrows are not mirrored in Arabic
  function dates(e) {
    if (!e.first_date) return W("undated");
    return e.first_date === e.last_date ? isoDate(e.first_date) : isoDate(e.first_date) + " \u2013 " + isoDate(e.last_date);
  }
  function typesText(e) {
    return (e.types || []).map(typeName).join(SEP);
  }

  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined && text !== null) x.textContent = String(text);
    return x;
  }
  function bidi(tag, cls, text) {
    var x = el(tag, cls, text);
    x.dir = "auto";
    return x;
  }

  var large = meta.layout === "fixed";
  var palette = style.palette || ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"];
  var changeColours = style.changes || {};
  var colourMode = meta.colour || "kind";
  function nodeColour(n) {
    if (colourMode === "community" && typeof n.community === "number") return palette[n.community % palette.length];
    if (colourMode === "change") return "#777777";
    return kindStyle(n.kind).colour;
  }
  function nodeVis(n, i) {
    return { id: i, color: nodeColour(n) };  // a plain colour: vis parses it fast (highlight: a dark border)
  }
  function nodeTip(n) {
    var label = nodeName(n);
    var tip = clean(label, 200);
    var alt = otherName(n);
    if (alt && alt !== label) tip += "\n" + clean(alt, 200);
    return tip + "\n" + kindName(n.kind) + " \u00b7 " + plural(n.weight, "relation") + " \u00b7 " + plural(n.mentions, "mention");
  }
  // Large views with many links are "painted": links (and node names) are drawn onto the canvas by this
  // script rather than handed to vis-network, whose per-item objects, label measuring and value scaling
  // take longer than everything else on the page at 15,000 links. Sizes are then given, not scaled by vis
  // (the same linear scale from the node's relations), and tooltips are built when shown.
  var PAINT_LINKS = 1500;
  var painted = large && edges.length > PAINT_LINKS;
  var SIZE = { min: 8, max: 30 }, FONT = { min: 15, max: 30, maxVisible: 24, drawThreshold: 7 };
  var wMin = Infinity, wMax = -Infinity;
  nodes.forEach(function (n) { var w = Math.max(n.weight || 1, 1); if (w < wMin) wMin = w; if (w > wMax) wMax = w; });
  function sizeScale(n) {
    var w = Math.max(n.weight || 1, 1);
    return wMax === wMin ? 0.5 : Math.max(0, (w - wMin) / (wMax - wMin));
  }
  // Painted views draw their nodes too (`paintNodes`): vis-network then only pans, zooms and reports
  // clicks; its per-node objects cost more than the rest of the page at 20,000 nodes.
  var sizes = nodes.map(function (n) { return SIZE.min + sizeScale(n) * (SIZE.max - SIZE.min); });
  var shownExtra = Object.create(null);  // left-out neighbours a double-click revealed (painted views)
  var selected = [];  // painted views' selected nodes
  function nodeHidden(i) { return !!nodes[i].extra && !shownExtra[i]; }
  function visNodesOf() {
    return nodes.map(function (n, i) {
      var o = nodeVis(n, i);
      o.shape = kindStyle(n.kind).shape;
      o.label = clean(nodeName(n), 60);
      o.title = nodeTip(n);
      o.value = Math.max(n.weight || 1, 1);  // size and label size grow with the relations a node has
      o.x = n.x;
      o.y = n.y;
      if (nodeHidden(i)) o.hidden = true;
      return o;
    });
  }
  var visNodes = painted ? [] : visNodesOf();
  // One drawn line per relation type of a link (at most four, curved apart), so every type is visible.
  var TYPES_PER_LINK = 4;
  function edgeColour(e, t) {
    if (colourMode === "change" && e.change) return changeColours[e.change] || "#999999";
    return typeStyle(t).colour;
  }
  function linkTypes(e) {
    var types = (e.types || []).slice(0, TYPES_PER_LINK);
    return types.length ? types : [null];
  }
  function typeWeight(e, types, t) {
    var counts = e.type_counts || {};
    return (t !== null && own.call(counts, t)) ? counts[t] : (types.length === 1 ? (e.weight || 1) : 1);
  }
  function lineWidth(w) { return Math.min(1 + Math.log(Math.max(w, 1)) * 1.6, 10); }
  function linkTip(i, j) {
    var e = edges[i], types = linkTypes(e), t = types[j] === undefined ? types[0] : types[j];
    var w = typeWeight(e, types, t);
    var tip = clean(nodeName(nodes[e.source]), 120) + ARROW + clean(nodeName(nodes[e.target]), 120) + "\n" +
      (types.length > 1 ? typeName(t) + " \u00b7 " + plural(w, "relation") + "\n" + typesText(e) + " \u00b7 " : typesText(e) + " \u00b7 ") +
      plural(e.weight, "relation") + " \u00b7 " + dates(e);
    if (e.change) tip += "\n" + (words.changes[e.change] || e.change);
    return tip;
  }
  function visEdgesOf() {
    var out = [];
    edges.forEach(function (e, i) {
      var types = linkTypes(e);
      types.forEach(function (t, j) {
        var ts = typeStyle(t);
        var o = {
          id: i + ":" + j, link: i, from: e.source, to: e.target, title: linkTip(i, j),
          width: lineWidth(typeWeight(e, types, t)), color: edgeColour(e, t)
        };
        if (ts.dash && colourMode !== "change") o.dashes = true;
        if (!ts.symmetric) o.arrows = "to";
        if (types.length > 1) o.smooth = { enabled: true, type: j % 2 ? "curvedCCW" : "curvedCW", roundness: 0.12 + 0.12 * Math.floor(j / 2) + (j === 0 ? 0 : 0.05) };
        if (e.extra && !revealed[i]) o.hidden = true;
        out.push(o);
      });
    });
    return out;
  }
  var revealed = Object.create(null);  // extra links shown by a double-click
  var visEdges = painted ? [] : visEdgesOf();

  // Evidence side panel.
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var PANEL_LIMIT = 300;
  function clearPanel() {
    while (body.firstChild) body.removeChild(body.firstChild);
  }
  function closePanel() {
    panel.hidden = true;
    clearPanel();
  }
  document.getElementById("panel-close").addEventListener("click", closePanel);

  function evidence(ev) {
    var o = {};
    for (var i = 0; i < VF.length; i++) o[VF[i]] = ev[i];
    return o;
  }
  function evidenceItem(ev) {
    var li = el("li", "ev");
    var s = el("p", "sentence", cut(ev.sentence, TEXT_MAX) || "(no sentence)");
    s.dir = ev.lang === "ar" ? "rtl" : "auto";
    if (/^[a-z]{2,3}$/.test(ev.lang || "")) s.lang = ev.lang;
    li.appendChild(s);
    var d = typeof ev.doc === "number" ? docs[ev.doc] : null;
    var parts = [el("span", "type", typeName(ev.type))];
    if (d && d.title) parts.push(bidi("span", "doc", cut(d.title, 300)));
    if (d && d.source) parts.push(bidi("span", "source", cut(d.source, 300)));
    var when = el("span", "date", ev.date || W("undated"));
    if (ev.date) when.dir = "ltr";
    parts.push(when);
    if (d && d.date && d.date !== ev.date) {
      var published = el("span", "docdate", W("published") + " ");
      var day = el("bdi", null, d.date);
      day.dir = "ltr";
      published.appendChild(day);
      parts.push(published);
    }
    if (d && typeof d.url === "string" && /^https?:\/\//i.test(d.url)) {
      var a = el("a", "link", W("article"));
      a.href = d.url;  // a property, never markup: the address stays text
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.title = cut(d.url, 300);
      parts.push(a);
    }
    if (ev.review === "confirmed" || ev.review === "rejected") parts.push(el("span", "review " + ev.review, W(ev.review)));
    if (typeof ev.confidence === "number") parts.push(el("span", "conf", W("confidence") + " " + ev.confidence.toFixed(2)));
    if (ev.method) parts.push(el("span", "method", W("method") + ": " + clean(ev.method, 80).replace(/_/g, " ")));
    var cite = el("p", "cite");
    parts.forEach(function (part, j) {
      if (j) cite.appendChild(document.createTextNode(" \u00b7 "));  // outside the isolated spans
      cite.appendChild(part);
    });
    li.appendChild(cite);
    return li;
  }
  function edgeSection(e, budget) {
    var sec = el("section", "edge");
    var h = el("h3");
    h.appendChild(bidi("span", "", clean(nodeName(nodes[e.source]), 300)));
    h.appendChild(document.createTextNode(ARROW));
    h.appendChild(bidi("span", "", clean(nodeName(nodes[e.target]), 300)));
    sec.appendChild(h);
    var sub = typesText(e) + " \u00b7 " + plural(e.weight, "relation") + " \u00b7 " + dates(e);
    if (e.change) sub += " \u00b7 " + (words.changes[e.change] || e.change);
    sec.appendChild(el("p", "sub", sub));
    var ul = el("ul", "evidence");
    var list = e.evidence || [];
    var shown = Math.min(list.length, budget);
    for (var i = 0; i < shown; i++) ul.appendChild(evidenceItem(evidence(list[i])));
    sec.appendChild(ul);
    var rest = (list.length - shown) + (e.more || 0);
    if (rest > 0) {
      sec.appendChild(el("p", "more", plural(rest, "more relation") +
        (e.more ? " " + W("kept_per_link", { n: fmt(list.length) }) : "")));
    }
    return { node: sec, used: shown };
  }
  function showEdge(i) {
    clearPanel();
    var e = edges[i];
    body.appendChild(el("h2", "", W("relation")));
    body.appendChild(edgeSection(e, PANEL_LIMIT).node);
    panel.hidden = false;
    panel.dataset.kind = "edge";
    panel.scrollTop = 0;
  }
  var incident = null;
  function showNodeIndex() {
    incident = nodes.map(function () { return []; });
    edges.forEach(function (e, j) {
      if (e.extra && !revealed[j]) return;
      incident[e.source].push(j);
      if (e.target !== e.source) incident[e.target].push(j);
    });
  }
  function showNode(i) {
    if (incident === null) showNodeIndex();
    clearPanel();
    var n = nodes[i];
    body.appendChild(bidi("h2", "", clean(nodeName(n), 300)));
    var alt = otherName(n);
    if (alt && alt !== nodeName(n)) body.appendChild(bidi("p", "alt", clean(alt, 300)));
    var mine = incident[i].slice().sort(function (a, b) { return (edges[b].weight || 0) - (edges[a].weight || 0); });
    body.appendChild(el("p", "sub", kindName(n.kind) + " \u00b7 " + plural(n.mentions, "mention") + " \u00b7 " +
      plural(n.weight, "relation") + " " + W("over") + " " + plural(mine.length, "link")));
    var budget = PANEL_LIMIT;
    var hidden = 0;
    mine.forEach(function (j) {
      if (budget <= 0) { hidden += 1; return; }
      var s = edgeSection(edges[j], budget);
      budget -= s.used;
      body.appendChild(s.node);
    });
    if (hidden) body.appendChild(el("p", "more", plural(hidden, "more link")));
    panel.hidden = false;
    panel.dataset.kind = "node";
    panel.scrollTop = 0;
  }

  // Search: English or Arabic names, ignoring case, Arabic diacritics, tatweel and letter variants.
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("names");
  // Fold a query as explorer/search.py folds names (the keys embedded per node): the same dropped and
  // mapped characters (data.fold, from explorer/text/normalize.py), the article, "al-", hyphens, hamza.
  var fold = data.fold || { drop: "", map: {} };
  var DROP = Object.create(null);
  for (var di = 0; di < fold.drop.length; di++) DROP[fold.drop[di]] = true;
  var STOP = { al: 1, el: 1, the: 1, of: 1 };
  // (and ل + ال contracted, «للأسد»: لال as explorer/search.py sees it, لل as typed)
  var ARTICLE = /^(?:\u0648\u0644\u0627\u0644|\u0641\u0644\u0627\u0644|\u0644\u0627\u0644|\u0648\u0644\u0644|\u0641\u0644\u0644|\u0644\u0644|\u0648\u0627\u0644|\u0641\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0627\u0644)(?=[\u0621-\u064a]{2})/;
  function tokens(s) {
    var out = "";
    s = clean(s);
    for (var i = 0; i < s.length; i++) {
      var ch = s[i];
      if (DROP[ch]) continue;
      if (own.call(fold.map, ch)) { out += fold.map[ch]; continue; }
      var code = ch.charCodeAt(0);
      if (code >= 0x600 && code <= 0x6ff) { out += ch; continue; }
      out += ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }
    out = out.replace(/\u0627\u0645\u0631\u064a\u0643/g, "\u0627\u0645\u064a\u0631\u0643")
      .replace(/["'()\[\],\u060c\u061b:!?\u061f]+/g, " ")
      .replace(/[-\u0640]/g, " ").replace(/\u0621/g, "").replace(/\./g, "");
    return out.split(/\s+/).map(function (t) { return t.replace(ARTICLE, ""); })
      .filter(function (t) { return t && !STOP[t]; });
  }
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        best = Math.min(best, cur[j]);
      }
      if (best > limit) return limit + 1;
      prev = cur;
    }
    return prev[b.length];
  }
  function allowed(t) { return t.length <= 3 ? 0 : t.length <= 6 ? 1 : 2; }
  // How well query word q matches name word t, in [0, 1]: as SearchIndex._token_matches scores it.
  function wordScore(q, t, last) {
    if (q === t) return 1;
    var k = allowed(q), best = 0;
    if (k) {
      var d = editDistance(q, t, k);
      if (d <= k) best = 0.85 * (1 - d / Math.max(q.length, t.length));
    }
    if (last && q.length >= 2 && t.length > q.length) {
      if (t.indexOf(q) === 0) best = Math.max(best, 0.6 + 0.3 * q.length / t.length);
      else if (q.length >= 4 && editDistance(q, t.slice(0, q.length), 1) <= 1) best = Math.max(best, 0.55);
    }
    return best;
  }
  function find(q) {
    var qt = tokens(q);
    if (!qt.length) return -1;
    var best = -1, bestScore = 0;
    for (var i = 0; i < nodes.length; i++) {
      var keys = nodes[i].keys;
      if (!keys) keys = nodes[i].keys = [nodes[i].name, nodes[i].name_ar].filter(Boolean).map(tokens);
      for (var s = 0; s < keys.length; s++) {
        var toks = keys[s], sum = 0, ok = true;
        for (var w = 0; w < qt.length && ok; w++) {
          var m = 0;
          for (var x = 0; x < toks.length; x++) m = Math.max(m, wordScore(qt[w], toks[x], w === qt.length - 1));
          if (!m) ok = false;
          sum += m;
        }
        if (!ok) continue;
        var score = (sum / qt.length) * (0.9 + 0.1 * Math.min(1, qt.length / toks.length));
        score += (nodes[i].extra ? 0 : 0.001) + Math.min(nodes[i].weight || 0, 999) * 1e-7;
        if (score > bestScore) { bestScore = score; best = i; }
      }
    }
    return best;
  }
  var network = null;
  var searched = null;
  function search() {
    var q = input.value;
    searched = q;
    var i = find(q);
    if (i < 0) {
      status.textContent = q.trim() ? W("no_match", { q: clean(q, 40) }) : "";
      return -1;
    }
    status.textContent = W("found", { name: clean(nodeName(nodes[i]), 60) });
    if (nodes[i].extra) reveal(i, true);
    if (network && painted) {
      selected = [i];
      lit = null;
      network.moveTo({ position: { x: nodes[i].x, y: nodes[i].y }, scale: Math.max(network.getScale(), 1.0), animation: false });
    } else if (network) {
      network.selectNodes([i]);
      network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: false });
    }
    showNode(i);
    return i;
  }
  document.getElementById("go").addEventListener("click", search);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); search(); }
  });
  input.addEventListener("change", function () {  // a name picked from the list; not a query just searched
    if (input.value !== searched && find(input.value) >= 0) search();  // (blur fires "change" on the next click)
  });
  // The names the search boxes suggest, filled when a box is first used (20,000 options cost the first
  // drawing of a large view a tenth of a second otherwise).
  var named = false;
  function fillNames() {
    if (named) return;
    named = true;
    var seen = Object.create(null), frag = document.createDocumentFragment();
    nodes.forEach(function (n) {
      [n.name, n.name_ar].forEach(function (name) {
        var v = clean(name, 120);
        if (v && !seen[v]) {
          seen[v] = true;
          var o = document.createElement("option");
          o.value = v;
          frag.appendChild(o);
        }
      });
    });
    list.appendChild(frag);
  }
  input.addEventListener("focus", fillNames);

  function markReady() {
    if (root.dataset.state === "ready" || me !== shows) return;  // drawn already, or a view replaced since
    window.diplographReadyAt = performance.now();
    window.diplographDrawn = drawn;  // the fragment drawn ("" for a standalone page)
    root.dataset.state = "ready";
  }
  // Double-click: show the neighbours the view left out (links the snapshot carries hidden), at their
  // places in the corpus layout, so the picture grows without moving.
  var nodeSet = null, edgeSet = null;
  function reveal(i, quiet) {
    var shown = 0, addNodes = {}, addEdges = [];
    if (nodes[i].extra) addNodes[i] = true;
    edges.forEach(function (e, j) {
      if (!e.extra || revealed[j] || (e.source !== i && e.target !== i)) return;
      revealed[j] = true;
      addEdges.push(j);
      [e.source, e.target].forEach(function (n) { if (nodes[n].extra && !addNodes[n] && n !== i) { addNodes[n] = true; shown += 1; } });
      addNodes[e.source] = addNodes[e.source] || nodes[e.source].extra;
      addNodes[e.target] = addNodes[e.target] || nodes[e.target].extra;
    });
    incident = null;
    paintGroups = nodeGroups = null;
    if (painted) {
      Object.keys(addNodes).forEach(function (n) { if (addNodes[n]) shownExtra[n] = true; });
      if (network) network.redraw();
    } else if (nodeSet) {
      nodeSet.update(Object.keys(addNodes).filter(function (n) { return addNodes[n]; })
        .map(function (n) { return { id: Number(n), hidden: false }; }));
      var ids = [];
      visEdges.forEach(function (o) { if (revealed[o.link] && o.hidden) { o.hidden = false; ids.push({ id: o.id, hidden: false }); } });
      edgeSet.update(ids);
    }
    if (!quiet) status.textContent = shown ? W("expanded", { n: fmt(shown) }) : W("no_more");
    return shown;
  }

  // "How is A connected to B?": the shortest paths between two nodes over the links drawn, each hop
  // with its evidence in the side panel.
  function shortestPaths(a, b, limit) {
    var adj = nodes.map(function () { return []; });
    edges.forEach(function (e, j) {
      if (e.extra && !revealed[j]) return;
      adj[e.source].push([e.target, j]);
      adj[e.target].push([e.source, j]);
    });
    var dist = {}, preds = {};
    dist[a] = 0;
    var queue = [a];
    for (var q = 0; q < queue.length; q++) {
      var u = queue[q];
      if (dist[b] !== undefined && dist[u] >= dist[b]) break;
      adj[u].forEach(function (p) {
        var v = p[0];
        if (dist[v] === undefined) { dist[v] = dist[u] + 1; preds[v] = []; queue.push(v); }
        if (dist[v] === dist[u] + 1) preds[v].push([u, p[1]]);
      });
    }
    if (dist[b] === undefined) return [];
    var out = [];
    (function walk(v, hops) {
      if (out.length >= limit) return;
      if (v === a) { out.push(hops.slice().reverse()); return; }
      preds[v].forEach(function (p) { hops.push(p[1]); walk(p[0], hops); hops.pop(); });
    })(b, []);
    return out;
  }
  function showPaths(a, b) {
    var paths = shortestPaths(a, b, 5);
    clearPanel();
    body.appendChild(bidi("h2", "", clean(nodeName(nodes[a]), 120) + " \u2194 " + clean(nodeName(nodes[b]), 120)));
    if (!paths.length) {
      body.appendChild(el("p", "sub", W("no_path")));
    } else {
      body.appendChild(el("p", "sub", plural(paths.length, "path") + " \u00b7 " + plural(paths[0].length, "hop")));
      var budget = PANEL_LIMIT, allNodes = {}, allEdges = [];
      paths.forEach(function (path, k) {
        body.appendChild(el("h3", "hop", (k + 1) + "."));
        path.forEach(function (j) {
          var s = edgeSection(edges[j], Math.max(Math.min(budget, 3), 1));
          budget -= s.used;
          body.appendChild(s.node);
          allNodes[edges[j].source] = true;
          allNodes[edges[j].target] = true;
          allEdges.push(j);
        });
      });
      highlightLinks(allNodes, allEdges);
    }
    panel.hidden = false;
    panel.dataset.kind = "paths";
    panel.scrollTop = 0;
    return paths;
  }
  function connect(qa, qb) {
    var a = find(qa), b = find(qb);
    if (a < 0 || b < 0) { status.textContent = W("no_match", { q: clean(a < 0 ? qa : qb, 40) }); return null; }
    if (nodes[a].extra) reveal(a, true);
    if (nodes[b].extra) reveal(b, true);
    return showPaths(a, b);
  }

  // Links highlighted as a path (or the one clicked): vis selects them; painted links are drawn dark.
  var lit = null;
  function highlightLinks(nodeSetIds, links) {
    if (!network) return;
    if (painted) {
      selected = Object.keys(nodeSetIds).map(Number);
      lit = links.slice();
      network.redraw();
      return;
    }
    var ids = [];
    links.forEach(function (j) { visEdges.forEach(function (o) { if (o.link === j) ids.push(o.id); }); });
    network.setSelection({ nodes: Object.keys(nodeSetIds).map(Number), edges: ids }, { highlightEdges: false });
  }

  // Painted links: one straight line per relation type (several types side by side), batched by colour,
  // width and dash so 60,000 lines are a few strokes; arrows once a link is long enough on screen.
  var paintGroups = null, nodeGroups = null, moving = false;
  function paintStyle(e, t) {
    var dash = !!typeStyle(t).dash && colourMode !== "change";
    return edgeColour(e, t) + "|" + dash;
  }
  // The groups hold each line's ends (x1, y1, x2, y2, with its type's offset) and each arrow's (x1, y1, x2,
  // y2, target radius) in typed arrays, computed once: positions are fixed while links are painted, and a
  // line with a hidden end is left out (rebuilt when a double-click reveals nodes or the colours change).
  function buildPaintGroups() {
    var groups = Object.create(null), list = [];
    edges.forEach(function (e, i) {
      if (e.extra && !revealed[i]) return;
      if (nodeHidden(e.source) || nodeHidden(e.target)) return;
      var types = linkTypes(e);
      types.forEach(function (t, j) {
        var width = Math.round(lineWidth(typeWeight(e, types, t)) * 2) / 2;
        var key = paintStyle(e, t) + "|" + width;
        var g = groups[key];
        if (!g) {
          g = groups[key] = { colour: edgeColour(e, t), dash: !!typeStyle(t).dash && colourMode !== "change", width: width,
                              lines: [], arrows: [] };
          list.push(g);
        }
        var p = ends(i, types.length > 1 ? (j - (types.length - 1) / 2) * 6 : 0);
        g.lines.push(p[0], p[1], p[2], p[3]);
        if (!typeStyle(t).symmetric) g.arrows.push(p[0], p[1], p[2], p[3], sizes[e.target] + 1);
      });
    });
    list.forEach(function (g) { g.lines = new Float64Array(g.lines); g.arrows = new Float64Array(g.arrows); });
    list.sort(function (a, b) { return a.width - b.width; });
    return list;
  }
  var bodyNodes = null;
  function ends(i, off) {
    var e = edges[i], a = nodes[e.source], b = nodes[e.target];
    if (nodeHidden(e.source) || nodeHidden(e.target)) return null;
    var x1 = a.x, y1 = a.y, x2 = b.x, y2 = b.y;
    if (off) {
      var dx = x2 - x1, dy = y2 - y1, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var ox = -dy / len * off, oy = dx / len * off;
      x1 += ox; y1 += oy; x2 += ox; y2 += oy;
    }
    return [x1, y1, x2, y2];
  }
  // Lines are stroked LINE_BATCH at a time: one path of 60,000 crossing lines costs Skia several times
  // more to stroke than many short paths (each line is still drawn once, as vis-network draws its edges).
  var LINE_BATCH = 128;
  function paintLinks(ctx) {
    if (!painted) return;
    bodyNodes = true;
    if (moving && edges.length > 20000) return;  // as vis hides its edges while the view is dragged
    if (!paintGroups) paintGroups = buildPaintGroups();
    var scale = network.getScale();
    var c = ctx.canvas, tl = network.DOMtoCanvas({ x: 0, y: 0 }), br = network.DOMtoCanvas({ x: c.clientWidth, y: c.clientHeight });
    var x0 = tl.x, y0 = tl.y, x1 = br.x, y1 = br.y;
    ctx.save();
    ctx.globalAlpha = 0.85;
    paintGroups.forEach(function (g) {
      ctx.strokeStyle = g.colour;
      ctx.fillStyle = g.colour;
      ctx.lineWidth = g.width;
      ctx.setLineDash(g.dash ? [5, 5] : []);
      ctx.beginPath();
      var L = g.lines, k, n = 0;
      for (k = 0; k < L.length; k += 4) {
        var ax = L[k], ay = L[k + 1], bx = L[k + 2], by = L[k + 3];
        if ((ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1)) continue;
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
        if (++n === LINE_BATCH) { ctx.stroke(); ctx.beginPath(); n = 0; }
      }
      if (n) ctx.stroke();
      if (scale < 0.35 || !g.arrows.length) return;
      ctx.beginPath();
      var A = g.arrows, size = 4 + g.width * 1.5;
      for (k = 0; k < A.length; k += 5) {
        var m = A[k + 4] + 2 * size;  // the head lies within this of the target's centre
        if (A[k + 2] < x0 - m || A[k + 2] > x1 + m || A[k + 3] < y0 - m || A[k + 3] > y1 + m) continue;
        var dx = A[k + 2] - A[k], dy = A[k + 3] - A[k + 1], len = Math.sqrt(dx * dx + dy * dy);
        var r = A[k + 4];
        if (len * scale < 30 || len < r + size) continue;
        var ux = dx / len, uy = dy / len, tx = A[k + 2] - ux * r, ty = A[k + 3] - uy * r;
        ctx.moveTo(tx, ty);
        ctx.lineTo(tx - ux * size * 1.6 - uy * size * 0.6, ty - uy * size * 1.6 + ux * size * 0.6);
        ctx.lineTo(tx - ux * size * 1.6 + uy * size * 0.6, ty - uy * size * 1.6 - ux * size * 0.6);
        ctx.closePath();
      }
      ctx.fill();
    });
    ctx.setLineDash([]);
    var sel = selected, hot = lit ? lit.slice() : [];
    if (!lit && sel.length) {
      if (incident === null) showNodeIndex();
      sel.forEach(function (n) { hot = hot.concat(incident[n] || []); });
    }
    if (hot.length) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = "#222222";
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      hot.forEach(function (i) { var p = ends(i, 0); if (p) { ctx.moveTo(p[0], p[1]); ctx.lineTo(p[2], p[3]); } });
      ctx.stroke();
    }
    ctx.restore();
    paintNodes(ctx);
  }
  // Painted nodes: one path per colour and shape (vis-network's shapes), the selected ones ringed.
  function shapePath(ctx, shape, x, y, r) {
    if (shape === "square") { ctx.rect(x - r, y - r, 2 * r, 2 * r); return; }
    if (shape === "diamond") { ctx.moveTo(x, y - r); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r); ctx.lineTo(x - r, y); ctx.closePath(); return; }
    if (shape === "triangle") { ctx.moveTo(x, y - r); ctx.lineTo(x + r * 0.87, y + r * 0.5); ctx.lineTo(x - r * 0.87, y + r * 0.5); ctx.closePath(); return; }
    if (shape === "star") {
      for (var k = 0; k < 10; k++) {
        var rr = k % 2 ? r * 0.45 : r, a = -Math.PI / 2 + k * Math.PI / 5;
        if (k) ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); else ctx.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      ctx.closePath();
      return;
    }
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
  // The visible nodes by colour and shape, in index order, with their x, y and size (a Float64Array each);
  // rebuilt when the colours change or a double-click reveals nodes.
  function buildNodeGroups() {
    var groups = Object.create(null), list = [];
    for (var i = 0; i < nodes.length; i++) {
      if (nodeHidden(i)) continue;
      var n = nodes[i], shape = kindStyle(n.kind).shape, colour = nodeColour(n), key = colour + "|" + shape;
      var g = groups[key] || (groups[key] = list[list.length] = { colour: colour, shape: shape, xyr: [] });
      g.xyr.push(n.x, n.y, sizes[i]);
    }
    list.forEach(function (g) { g.xyr = new Float64Array(g.xyr); });
    return list;
  }
  // A node under TINY screen pixels across is filled as a square of its shape's area (SPECK: half the
  // square's side, in radii): the same speck, several times cheaper for the canvas than an arc or a
  // polygon (20,000 of them in a fitted view).
  var TINY = 2.5, SPECK = { dot: 0.886, square: 1, diamond: 0.707, triangle: 0.57, star: 0.575 };
  function paintNodes(ctx) {
    var c = ctx.canvas, tl = network.DOMtoCanvas({ x: 0, y: 0 }), br = network.DOMtoCanvas({ x: c.clientWidth, y: c.clientHeight });
    var x0 = tl.x, y0 = tl.y, x1 = br.x, y1 = br.y, scale = network.getScale();
    if (!nodeGroups) nodeGroups = buildNodeGroups();
    ctx.save();
    nodeGroups.forEach(function (g) {
      var P = g.xyr, half = own.call(SPECK, g.shape) ? SPECK[g.shape] : SPECK.dot;
      ctx.fillStyle = g.colour;
      ctx.beginPath();
      for (var k = 0; k < P.length; k += 3) {
        var x = P[k], y = P[k + 1], r = P[k + 2];
        if (x < x0 - r || x > x1 + r || y < y0 - r || y > y1 + r) continue;
        if (2 * r * scale < TINY) { var h = r * half; ctx.rect(x - h, y - h, 2 * h, 2 * h); } else shapePath(ctx, g.shape, x, y, r);
      }
      ctx.fill();
    });
    if (selected.length) {
      ctx.strokeStyle = "#222222";
      ctx.lineWidth = 3 / Math.max(network.getScale(), 0.3);
      ctx.beginPath();
      selected.forEach(function (j) { if (!nodeHidden(j)) shapePath(ctx, kindStyle(nodes[j].kind).shape, nodes[j].x, nodes[j].y, sizes[j]); });
      ctx.stroke();
    }
    ctx.restore();
  }
  // The painted node under a canvas point (the last drawn, as vis-network picks), or -1.
  function nodeAt(pt) {
    var pad = 2 / network.getScale(), found = -1;
    for (var i = 0; i < nodes.length; i++) {
      if (nodeHidden(i)) continue;
      var dx = nodes[i].x - pt.x, dy = nodes[i].y - pt.y, r = sizes[i] + pad;
      if (dx * dx + dy * dy <= r * r) found = i;
    }
    return found;
  }
  // The painted view fitted into the canvas (vis-network's fit knows only its own nodes).
  function fitPainted() {
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    nodes.forEach(function (n, i) {
      if (nodeHidden(i)) return;
      x0 = Math.min(x0, n.x - sizes[i]); x1 = Math.max(x1, n.x + sizes[i]);
      y0 = Math.min(y0, n.y - sizes[i]); y1 = Math.max(y1, n.y + sizes[i]);
    });
    if (x0 === Infinity) return;
    var c = container.getBoundingClientRect();
    var scale = Math.min(c.width / Math.max(x1 - x0, 1), c.height / Math.max(y1 - y0, 1)) * 0.95;
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: Math.min(scale, 1.0), animation: false });
  }
  // Painted names: a node's name once it is drawThreshold px or more on screen (as vis-network scales
  // labels), only for the nodes in sight, so the busiest names read first and all appear when zoomed in.
  var labelCache = [];
  function paintLabels(ctx) {
    if (!painted) return;
    var scale = network.getScale();
    if (FONT.max * scale < FONT.drawThreshold || moving) return;
    var c = ctx.canvas, tl = network.DOMtoCanvas({ x: 0, y: 0 }), br = network.DOMtoCanvas({ x: c.clientWidth, y: c.clientHeight });
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = "#343434";
    var face = "system-ui, 'Noto Sans', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif", lastSize = -1;
    for (var i = 0; i < nodes.length; i++) {
      var b = nodes[i];
      if (nodeHidden(i)) continue;
      if (b.x < tl.x - 200 || b.x > br.x + 200 || b.y < tl.y - 50 || b.y > br.y + 50) continue;
      var size = FONT.min + sizeScale(nodes[i]) * (FONT.max - FONT.min);
      if (size * scale < FONT.drawThreshold) continue;
      if (size * scale > FONT.maxVisible) size = FONT.maxVisible / scale;
      if (size !== lastSize) { ctx.font = size.toFixed(2) + "px " + face; ctx.lineWidth = 3 * size / 14; lastSize = size; }
      var text = labelCache[i] || (labelCache[i] = clean(nodeName(nodes[i]), 60));
      var y = b.y + sizes[i] + 2;
      ctx.strokeText(text, b.x, y);
      ctx.fillText(text, b.x, y);
    }
    ctx.restore();
  }
  // The painted link nearest to a canvas point (within a few screen pixels), or -1; with its type's line.
  function linkAt(pt, withLine) {
    if (!bodyNodes) return -1;
    var tol = 6 / network.getScale(), best = -1, bestLine = 0, bestD = tol * tol;
    for (var i = 0; i < edges.length; i++) {
      var e = edges[i];
      if (e.extra && !revealed[i]) continue;
      var types = linkTypes(e);
      for (var j = 0; j < types.length; j++) {
        var p = ends(i, types.length > 1 ? (j - (types.length - 1) / 2) * 6 : 0);
        if (!p) continue;
        var dx = p[2] - p[0], dy = p[3] - p[1], l2 = dx * dx + dy * dy;
        var u = l2 ? Math.max(0, Math.min(1, ((pt.x - p[0]) * dx + (pt.y - p[1]) * dy) / l2)) : 0;
        var qx = p[0] + u * dx - pt.x, qy = p[1] + u * dy - pt.y, d = qx * qx + qy * qy;
        if (d < bestD) { bestD = d; best = i; bestLine = j; }
      }
    }
    return withLine ? [best, bestLine] : best;
  }
  var tipBox = el("div", "vis-tooltip link-tip");
  var tipPending = false;
  function linkTipAt(ev) {
    if (tipPending) return;
    tipPending = true;
    window.requestAnimationFrame(function () {
      tipPending = false;
      if (!painted || moving) { tipBox.style.visibility = "hidden"; return; }
      var rect = container.getBoundingClientRect();
      var dom = { x: ev.clientX - rect.left, y: ev.clientY - rect.top };
      var node = nodeAt(network.DOMtoCanvas(dom));
      node = node < 0 ? undefined : node;
      var hit = node === undefined ? linkAt(network.DOMtoCanvas(dom), true) : [-1];
      if (node === undefined && hit[0] < 0) { tipBox.style.visibility = "hidden"; return; }
      tipBox.textContent = node !== undefined ? nodeTip(nodes[node]) : linkTip(hit[0], hit[1]);
      tipBox.style.left = (dom.x + 12) + "px";
      tipBox.style.top = (dom.y + 12) + "px";
      tipBox.style.visibility = "visible";
    });
  }

  // View tools: colouring, "how is it connected to", re-layout and back to the stable layout.
  var tools = document.getElementById("view-tools");
  var colourSelect = null;
  function recolour(mode) {
    colourMode = mode;
    if (!nodeSet) return;
    if (painted) { paintGroups = nodeGroups = null; network.redraw(); return; }
    nodeSet.update(nodes.map(nodeVis));
    edgeSet.update(visEdges.map(function (o) {
      var e = edges[o.link];
      var t = (e.types || [])[Number(String(o.id).split(":")[1])] || null;
      return { id: o.id, color: edgeColour(e, t), dashes: !!typeStyle(t).dash && mode !== "change" };
    }));
  }
  if (tools && (meta.colours || []).length > 1) {
    tools.appendChild(el("label", "", W("colour") + " "));
    colourSelect = el("select");
    colourSelect.id = "colour";
    meta.colours.forEach(function (m) {
      var o = el("option", "", W("by_" + m));
      o.value = m;
      if (m === colourMode) o.selected = true;
      colourSelect.appendChild(o);
    });
    colourSelect.addEventListener("change", function () { recolour(colourSelect.value); });
    tools.appendChild(colourSelect);
  }
  var other = null;
  if (tools) {
    other = el("input");
    other.id = "q2";
    other.type = "search";
    other.dir = "auto";
    other.setAttribute("list", "names");
    other.addEventListener("focus", fillNames);
    other.placeholder = W("connect");
    other.setAttribute("aria-label", W("connect"));
    tools.appendChild(other);
    var pathsButton = el("button", "", W("connect_go"));
    pathsButton.id = "paths";
    pathsButton.type = "button";
    pathsButton.addEventListener("click", function () { connect(input.value, other.value); });
    tools.appendChild(pathsButton);
    var relayout = el("button", "", W("relayout"));
    relayout.id = "relayout";
    relayout.type = "button";
    tools.appendChild(relayout);
    var stable = el("button", "", W("stable"));
    stable.id = "stable";
    stable.type = "button";
    tools.appendChild(stable);
  }

  if (nodes.length <= 2000) fillNames();  // small views: at once, as before
  window.diplograph = { data: data, nodes: nodes, edges: edges, search: search, showNode: showNode, showEdge: showEdge,
                        reveal: reveal, connect: connect, recolour: recolour, find: find };
  if (!nodes.length || typeof vis === "undefined") {
    if (nodes.length) {  // never a blank box: say why there is no drawing
      root.dataset.drawing = "missing";
      document.getElementById("graph").appendChild(el("p", "empty", W("no_library")));
    }
    markReady();
    return;
  }

  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    // Size and label size grow with a node's relations; a label is drawn once it is 7 px or more on
    // screen, so the busiest names read first and every name appears when zoomed in.
    
    physics: large ? false : {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -4000, springLength: 130, springConstant: 0.03, damping: 0.35, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: 250, updateInterval: 50, fit: true }
    },
    interaction: { hover: false, tooltipDelay: 150, hideEdgesOnDrag: large, hideEdgesOnZoom: large, keyboard: false },
    nodes: {
      borderWidth: 1,
      borderWidthSelected: 3,
      color: { highlight: { border: "#222222" } },
      scaling: { min: 8, max: 30, label: { enabled: true, min: 15, max: 30, maxVisible: 24, drawThreshold: 7 } },
      font: { size: 14, multi: false, strokeWidth: 3, strokeColor: "#ffffff",
              face: "system-ui, 'Noto Sans', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif" }
    },
    edges: {
      smooth: large ? false : { enabled: true, type: "curvedCW", roundness: 0.12 },
      dashes: false,
      color: { highlight: "#222222", opacity: 0.85 },
      arrows: { to: { enabled: false, scaleFactor: 0.5 } },
      selectionWidth: 2
    }
  };
  var container = document.getElementById("graph");
  nodeSet = new vis.DataSet(visNodes);
  edgeSet = new vis.DataSet(visEdges);
  network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, options);
  window.diplograph.network = network;
  performance.mark("dg-network");
  window.diplograph.painted = function () { return painted; };
  window.diplograph.linkAt = linkAt;
  // What is drawn, for painted and vis-drawn views alike: node positions, visible and selected nodes, colours.
  window.diplograph.positions = function () {
    if (!painted) return network.getPositions();
    var out = {};
    nodes.forEach(function (n, i) { if (!nodeHidden(i)) out[i] = { x: n.x, y: n.y }; });
    return out;
  };
  window.diplograph.visible = function () { return painted ? nodes.filter(function (n, i) { return !nodeHidden(i); }).length : network.body.nodeIndices.length; };
  window.diplograph.selected = function () { return painted ? selected.slice() : network.getSelectedNodes(); };
  window.diplograph.colours = function () { return painted ? nodes.map(nodeColour) : nodeSet.get().map(function (n) { return n.color; }); };
  window.diplograph.nodeAt = function (dom) { return painted ? nodeAt(network.DOMtoCanvas(dom)) : network.getNodeAt(dom); };
  if (painted) container.appendChild(tipBox);
  network.on("click", function (p) {
    if (painted) {
      var at = nodeAt(p.pointer.canvas);
      if (at >= 0) p = { nodes: [at], edges: [], pointer: p.pointer };
      selected = at >= 0 ? [at] : [];
      lit = null;
      network.redraw();
    }
    var link = p.nodes.length || p.edges.length || !painted ? -1 : linkAt(p.pointer.canvas);
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(edgeSet.get(p.edges[0]).link);
    else if (link >= 0) { highlightLinks({}, [link]); showEdge(link); }
    else { closePanel(); if (lit) { lit = null; network.redraw(); } }
  });

  if (painted) {
    network.on("beforeDrawing", paintLinks);
    network.on("afterDrawing", paintLabels);
    network.on("dragStart", function () { moving = true; });
    network.on("dragEnd", function () { moving = false; network.redraw(); });
    container.addEventListener("mousemove", linkTipAt);
    container.addEventListener("mouseleave", function () { tipBox.style.visibility = "hidden"; });
  }
  network.on("doubleClick", function (p) {
    var at = painted ? nodeAt(p.pointer.canvas) : (p.nodes.length ? p.nodes[0] : -1);
    if (at >= 0) reveal(at);
  });
  if (tools) {
    document.getElementById("relayout").addEventListener("click", function () {
      if (painted) {  // physics moves nodes along their links: vis-network needs both now
        painted = false;
        nodeSet.add(visNodesOf());
        network.setSelection({ nodes: selected }, { highlightEdges: true });
        visEdges = visEdgesOf();
        edgeSet.add(visEdges);
      }
      network.setOptions({ physics: { enabled: true, solver: "barnesHut", stabilization: { enabled: true, iterations: 200, fit: true } } });
      network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); network.fit({ animation: false }); });
      network.stabilize(200);
    });
    document.getElementById("stable").addEventListener("click", function () {
      if (painted) { fitPainted(); return; }
      network.setOptions({ physics: false });
      nodeSet.update(nodes.map(function (n, i) { return { id: i, x: n.x, y: n.y }; }));
      network.fit({ animation: false });
    });
  }
  // Fitting asks vis-network for one redraw, on its next frame: ready once it is drawn. (A synchronous
  // redraw here would not cancel that frame's, so the whole view would be drawn twice.)
  function settle() {
    network.once("afterDrawing", function () { window.requestAnimationFrame(markReady); });
    if (painted) fitPainted(); else network.fit({ animation: false });
  }
  if (large) {
    settle();
  } else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      settle();
    });
  }
  }
})();
