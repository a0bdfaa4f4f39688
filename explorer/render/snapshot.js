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
  var own = Object.prototype.hasOwnProperty;
  function kindStyle(kind) {
    return (typeof kind === "string" && own.call(style.kinds, kind) && style.kinds[kind]) || { colour: "#999999", shape: "dot", label: String(kind || "unknown") };
  }
  function typeStyle(type) {
    return (typeof type === "string" && own.call(style.types, type) && style.types[type]) || { colour: "#999999", label: String(type || "unknown"), symmetric: false };
  }
  function fmt(n) {
    return Number(n || 0).toLocaleString("en");
  }
  function plural(n, word) {
    return fmt(n) + " " + (n === 1 ? word : word + "s");
  }
  function dates(e) {
    if (!e.first_date) return "undated";
    return e.first_date === e.last_date ? e.first_date : e.first_date + " \u2013 " + e.last_date;
  }
  function typesText(e) {
    return (e.types || []).map(function (t) { return typeStyle(t).label; }).join(", ");
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
  var visNodes = nodes.map(function (n, i) {
    var k = kindStyle(n.kind);
    var label = nodeName(n);
    var tip = clean(label, 200);
    var alt = otherName(n);
    if (alt && alt !== label) tip += "\n" + clean(alt, 200);
    tip += "\n" + k.label + " \u00b7 " + plural(n.weight, "relation") + " \u00b7 " + plural(n.mentions, "mention");
    return {
      id: i, label: clean(label, 60), title: tip, shape: k.shape,
      color: { background: k.colour, border: k.colour, highlight: { background: k.colour, border: "#222222" } },
      size: 8 + Math.min(Math.sqrt(n.weight || 1) * 2.5, 28),
      x: n.x, y: n.y
    };
  });
  var visEdges = edges.map(function (e, i) {
    var main = typeStyle((e.types || [])[0]);
    var w = e.weight || 1;
    var tip = clean(nodeName(nodes[e.source]), 120) + " \u2192 " + clean(nodeName(nodes[e.target]), 120) +
      "\n" + typesText(e) + " \u00b7 " + plural(w, "relation") + " \u00b7 " + dates(e);
    return {
      id: i, from: e.source, to: e.target, title: tip,
      width: Math.min(1 + Math.log(w) * 1.6, 10),
      color: { color: main.colour, highlight: "#222222", opacity: 0.85 },
      arrows: { to: { enabled: !main.symmetric } }
    };
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
    var parts = [el("span", "type", typeStyle(ev.type).label)];
    if (d && d.title) parts.push(bidi("span", "doc", cut(d.title, 300)));
    if (d && d.source) parts.push(bidi("span", "source", cut(d.source, 300)));
    parts.push(el("span", "date", ev.date || "undated"));
    if (typeof ev.confidence === "number") parts.push(el("span", "conf", "confidence " + ev.confidence.toFixed(2)));
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
    sec.appendChild(el("p", "sub", typesText(e) + " \u00b7 " + plural(e.weight, "relation") + " \u00b7 " + dates(e)));
    var ul = el("ul", "evidence");
    var list = e.evidence || [];
    var shown = Math.min(list.length, budget);
    for (var i = 0; i < shown; i++) ul.appendChild(evidenceItem(evidence(list[i])));
    sec.appendChild(ul);
    var rest = (list.length - shown) + (e.more || 0);
    if (rest > 0) {
      sec.appendChild(el("p", "more", plural(rest, "more relation") +
        (e.more ? " (the snapshot keeps " + fmt(list.length) + " per link)" : "")));
    }
    return { node: sec, used: shown };
  }
  function showEdge(i) {
    clearPanel();
    var e = edges[i];
    body.appendChild(el("h2", "", "Relation"));
    body.appendChild(edgeSection(e, PANEL_LIMIT).node);
    panel.hidden = false;
    panel.dataset.kind = "edge";
    panel.scrollTop = 0;
  }
  var incident = null;
  function showNode(i) {
    if (incident === null) {
      incident = nodes.map(function () { return []; });
      edges.forEach(function (e, j) {
        incident[e.source].push(j);
        if (e.target !== e.source) incident[e.target].push(j);
      });
    }
    clearPanel();
    var n = nodes[i];
    var k = kindStyle(n.kind);
    body.appendChild(bidi("h2", "", clean(nodeName(n), 300)));
    var alt = otherName(n);
    if (alt && alt !== nodeName(n)) body.appendChild(bidi("p", "alt", clean(alt, 300)));
    var mine = incident[i].slice().sort(function (a, b) { return (edges[b].weight || 0) - (edges[a].weight || 0); });
    body.appendChild(el("p", "sub", k.label + " \u00b7 " + plural(n.mentions, "mention") + " \u00b7 " +
      plural(n.weight, "relation") + " over " + plural(mine.length, "link")));
    var budget = PANEL_LIMIT;
    var hidden = 0;
    mine.forEach(function (j) {
      if (budget <= 0) { hidden += 1; return; }
      var s = edgeSection(edges[j], budget);
      budget -= s.used;
      body.appendChild(s.node);
    });
    if (hidden) body.appendChild(el("p", "more", plural(hidden, "more link") + ": click one in the graph to read its evidence"));
    panel.hidden = false;
    panel.dataset.kind = "node";
    panel.scrollTop = 0;
  }

  // Search: English or Arabic names, ignoring case, Arabic diacritics, tatweel and letter variants.
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("names");
  function norm(s) {
    return clean(s).toLowerCase()
      .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647")
      .replace(/\s+/g, " ").trim();
  }
  var keys = null;
  function find(q) {
    q = norm(q);
    if (!q) return -1;
    if (keys === null) keys = nodes.map(function (n) { return [norm(n.name), norm(n.name_ar), norm(n.id)]; });
    var tests = [
      function (k) { return k === q; },
      function (k) { return k.indexOf(q) === 0; },
      function (k) { return k.indexOf(q) >= 0; }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var i = 0; i < keys.length; i++) {
        if (tests[t](keys[i][0]) || tests[t](keys[i][1]) || tests[t](keys[i][2])) return i;
      }
    }
    return -1;
  }
  var network = null;
  function search() {
    var q = input.value;
    var i = find(q);
    if (i < 0) {
      status.textContent = q.trim() ? "No actor matches \u201c" + clean(q, 40) + "\u201d" : "";
      return -1;
    }
    status.textContent = "Found " + clean(nodeName(nodes[i]), 60);
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
  window.diplograph = { data: data, nodes: nodes, edges: edges, search: search, showNode: showNode, showEdge: showEdge };
  if (!nodes.length || typeof vis === "undefined") {
    markReady();
    return;
  }

  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: large ? false : {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -4000, springLength: 130, springConstant: 0.03, damping: 0.35, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: 250, updateInterval: 50, fit: true }
    },
    interaction: { hover: false, tooltipDelay: 150, hideEdgesOnDrag: large, hideEdgesOnZoom: large, keyboard: false },
    nodes: {
      borderWidth: 1,
      font: { size: 14, multi: false, face: "system-ui, 'Noto Sans', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif" }
    },
    edges: {
      smooth: large ? false : { enabled: true, type: "curvedCW", roundness: 0.12 },
      arrows: { to: { enabled: false, scaleFactor: 0.5 } },
      selectionWidth: 2
    }
  };
  var container = document.getElementById("graph");
  network = new vis.Network(container, { nodes: new vis.DataSet(visNodes), edges: new vis.DataSet(visEdges) }, options);
  window.diplograph.network = network;
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else closePanel();
  });
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
