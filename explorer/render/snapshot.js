/* Diplograph snapshot viewer.
   Static code, allowed by the page's Content-Security-Policy through its hash. Every datum comes from the
   JSON block #diplograph-data and reaches the page only through textContent, DOM properties or
   vis-network's canvas and text tooltips: never innerHTML, never markup built from data. */
(function () {
  "use strict";
  var root = document.documentElement;
  var data = JSON.parse(document.getElementById("diplograph-data").textContent);
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
  var own = Object.prototype.hasOwnProperty;

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
  function dates(e) {
    if (!e.first_date) return W("undated");
    return e.first_date === e.last_date ? e.first_date : e.first_date + " \u2013 " + e.last_date;
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
  var visNodes = nodes.map(function (n, i) {
    var k = kindStyle(n.kind);
    var label = nodeName(n);
    var tip = clean(label, 200);
    var alt = otherName(n);
    if (alt && alt !== label) tip += "\n" + clean(alt, 200);
    tip += "\n" + kindName(n.kind) + " \u00b7 " + plural(n.weight, "relation") + " \u00b7 " + plural(n.mentions, "mention");
    var o = nodeVis(n, i);
    o.label = clean(label, 60);
    o.title = tip;
    o.shape = k.shape;
    o.value = Math.max(n.weight || 1, 1);  // size and label size grow with the relations a node has
    o.x = n.x;
    o.y = n.y;
    if (n.extra) o.hidden = true;
    return o;
  });
  // One drawn line per relation type of a link (at most four, curved apart), so every type is visible.
  var TYPES_PER_LINK = 4;
  function edgeColour(e, t) {
    if (colourMode === "change" && e.change) return changeColours[e.change] || "#999999";
    return typeStyle(t).colour;
  }
  var visEdges = [];
  edges.forEach(function (e, i) {
    var types = (e.types || []).slice(0, TYPES_PER_LINK);
    if (!types.length) types = [null];
    var counts = e.type_counts || {};
    var tipHead = clean(nodeName(nodes[e.source]), 120) + " \u2192 " + clean(nodeName(nodes[e.target]), 120);
    types.forEach(function (t, j) {
      var ts = typeStyle(t);
      var w = (t !== null && own.call(counts, t)) ? counts[t] : (types.length === 1 ? (e.weight || 1) : 1);
      var tip = tipHead + "\n" + (types.length > 1 ? typeName(t) + " \u00b7 " + plural(w, "relation") + "\n" + typesText(e) + " \u00b7 " : typesText(e) + " \u00b7 ") +
        plural(e.weight, "relation") + " \u00b7 " + dates(e);
      if (e.change) tip += "\n" + (words.changes[e.change] || e.change);
      var o = {
        id: i + ":" + j, link: i, from: e.source, to: e.target, title: tip,
        width: Math.min(1 + Math.log(Math.max(w, 1)) * 1.6, 10),
        color: edgeColour(e, t)
      };
      if (ts.dash && colourMode !== "change") o.dashes = true;
      if (!ts.symmetric) o.arrows = "to";
      if (types.length > 1) o.smooth = { enabled: true, type: j % 2 ? "curvedCCW" : "curvedCW", roundness: 0.12 + 0.12 * Math.floor(j / 2) + (j === 0 ? 0 : 0.05) };
      if (e.extra) o.hidden = true;
      visEdges.push(o);
    });
  });

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
    parts.push(el("span", "date", ev.date || W("undated")));
    if (d && d.date && d.date !== ev.date) parts.push(el("span", "docdate", "published " + d.date));
    if (d && typeof d.url === "string" && /^https?:\/\//i.test(d.url)) {
      var a = el("a", "link", "article");
      a.href = d.url;  // a property, never markup: the address stays text
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.title = cut(d.url, 300);
      parts.push(a);
    }
    if (ev.review === "confirmed" || ev.review === "rejected") parts.push(el("span", "review " + ev.review, ev.review));
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
    h.appendChild(document.createTextNode(" \u2192 "));
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
  var revealed = Object.create(null);  // extra links shown by a double-click
  function showNode(i) {
    if (incident === null) {
      incident = nodes.map(function () { return []; });
      edges.forEach(function (e, j) {
        if (e.extra && !revealed[j]) return;
        incident[e.source].push(j);
        if (e.target !== e.source) incident[e.target].push(j);
      });
    }
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
  var ARTICLE = /^(?:\u0648\u0627\u0644|\u0641\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0627\u0644)(?=[\u0621-\u064a]{2})/;
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
  function search() {
    var q = input.value;
    var i = find(q);
    if (i < 0) {
      status.textContent = q.trim() ? W("no_match", { q: clean(q, 40) }) : "";
      return -1;
    }
    status.textContent = W("found", { name: clean(nodeName(nodes[i]), 60) });
    if (nodes[i].extra) reveal(i, true);
    if (network) {
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
  input.addEventListener("change", function () {
    if (find(input.value) >= 0) search();
  });
  var seen = Object.create(null);
  nodes.forEach(function (n) {
    [n.name, n.name_ar].forEach(function (name) {
      var v = clean(name, 120);
      if (v && !seen[v]) {
        seen[v] = true;
        var o = document.createElement("option");
        o.value = v;
        list.appendChild(o);
      }
    });
  });

  function markReady() {
    if (root.dataset.state === "ready") return;
    window.diplographReadyAt = performance.now();
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
    if (nodeSet) {
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
          visEdges.forEach(function (o) { if (o.link === j) allEdges.push(o.id); });
        });
      });
      if (network) network.setSelection({ nodes: Object.keys(allNodes).map(Number), edges: allEdges }, { highlightEdges: false });
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

  // View tools: colouring, "how is it connected to", re-layout and back to the stable layout.
  var tools = document.getElementById("view-tools");
  var colourSelect = null;
  function recolour(mode) {
    colourMode = mode;
    if (!nodeSet) return;
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

  window.diplograph = { data: data, nodes: nodes, edges: edges, search: search, showNode: showNode, showEdge: showEdge,
                        reveal: reveal, connect: connect, recolour: recolour, find: find };
  if (!nodes.length || typeof vis === "undefined") {
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
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(edgeSet.get(p.edges[0]).link);
    else closePanel();
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length) reveal(p.nodes[0]);
  });
  if (tools) {
    document.getElementById("relayout").addEventListener("click", function () {
      network.setOptions({ physics: { enabled: true, solver: "barnesHut", stabilization: { enabled: true, iterations: 200, fit: true } } });
      network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); network.fit({ animation: false }); });
      network.stabilize(200);
    });
    document.getElementById("stable").addEventListener("click", function () {
      network.setOptions({ physics: false });
      nodeSet.update(nodes.map(function (n, i) { return { id: i, x: n.x, y: n.y }; }));
      network.fit({ animation: false });
    });
  }
  function settle() {
    network.once("afterDrawing", function () { window.requestAnimationFrame(markReady); });
    network.fit({ animation: false });
  }
  if (large) {
    settle();
  } else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      settle();
    });
  }
})();
