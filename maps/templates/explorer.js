/* corridorkit explorer: scenarios and years, routes, labels, search, measure, download.
 *
 * Every number a route shows is a sum of per-edge numbers computed by corridorkit in Python
 * (the same build_network / apply_scenario / route weights as `corridorkit route`); this file
 * only picks the edges that are active and adds them up along the shortest path.
 * Text from data is inserted with textContent or escaped with esc(); popups come pre-escaped.
 */
function ckExplorer(map, D, toggles) {
  'use strict';
  var S = D.strings, E = D.edges, nE = D.base.t.length, nY = D.years.length;
  var nNodes = D.nodes.length;
  var WEIGHT_ATTR = {time: 't', cost: 'c', distance: 'm'};
  var st = {si: 0, yi: 0, weight: 'time', modes: {rail: true, road: true, sea: true},
            from: null, to: null, picking: 0};

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in (attrs || {})) { e.setAttribute(k, attrs[k]); }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function fmt(v, d) {
    return v.toLocaleString('en-GB', {minimumFractionDigits: d, maximumFractionDigits: d});
  }

  /* ---------- the numbers of a scenario and year ---------- */
  var cache = {};
  function numbers(si, yi) {
    var k = si * nY + yi;
    if (cache[k]) { return cache[k]; }
    var d = D.diff[k], out = {m: E.m};
    ['t', 'c', 'e', 'a'].forEach(function (f) {
      var arr = D.base[f].slice();
      d[f].forEach(function (p) { arr[p[0]] = p[1]; });
      out[f] = arr;
    });
    cache[k] = out;
    return out;
  }
  var countryName = {};
  D.labels.countries.forEach(function (c) { countryName[c[1]] = c[0]; });
  var placeNodes = D.placeNodes;
  var placeIx = {};
  D.places.forEach(function (p, ix) { placeIx[p.id] = ix; });

  function layerAllowed(layer, prefixes) {
    return layer.split('>').every(function (part) {
      return prefixes.some(function (p) { return part.indexOf(p) === 0; });
    });
  }

  /* The shortest path on the edges active in (si, yi), in the allowed layers, by the chosen weight.
     It repeats routing.py step by step, ties included: between two nodes the cheapest parallel edge
     (the first one on a tie); a start node joined to every node of the origin place and an end node
     to every node of the destination (in sorted order); then networkx's bidirectional Dijkstra,
     which `shortest_simple_paths` uses for the best path, with its heap order and neighbour order. */
  function shortest(si, yi, weight, prefixes, o, d) {
    var N = numbers(si, yi), w = N[WEIGHT_ATTR[weight]];
    var SRC = nNodes, DST = nNodes + 1, best = new Map(), succ = [], pred = [], inD = new Uint8Array(nNodes);
    for (var n = 0; n < nNodes + 2; n++) { succ.push([]); pred.push([]); }
    for (var i = 0; i < nE; i++) {
      if (!N.a[i] || !layerAllowed(S[E.layer[i]], prefixes)) { continue; }
      var u = E.u[i], v = E.v[i], key = u * (nNodes + 2) + v;
      if (!best.has(key)) { best.set(key, i); succ[u].push(v); pred[v].push(u); inD[u] = 1; inD[v] = 1; }
      else if (w[best.get(key)] > w[i]) { best.set(key, i); }
    }
    D.placeNodes[o].forEach(function (x) { if (inD[x]) { succ[SRC].push(x); pred[x].push(SRC); } });
    D.placeNodes[d].forEach(function (x) { if (inD[x]) { succ[x].push(DST); pred[DST].push(x); } });
    if (!succ[SRC].length || !pred[DST].length) { return null; }
    function wt(a, b) { return (a === SRC || b === DST) ? 0 : w[best.get(a * (nNodes + 2) + b)]; }
    var count = 0, fringe = [[], []], dists = [new Map(), new Map()], seen = [new Map(), new Map()];
    var paths = [new Map(), new Map()], neighs = [succ, pred], finalpath = null, finaldist = 0;
    function less(x, y) { return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]); }
    function push(h, item) {
      h.push(item);
      var j = h.length - 1;
      while (j > 0) {
        var p = (j - 1) >> 1;
        if (!less(h[j], h[p])) { break; }
        var t = h[p]; h[p] = h[j]; h[j] = t; j = p;
      }
    }
    function pop(h) {
      var top = h[0], last = h.pop();
      if (h.length) {
        h[0] = last;
        var j = 0;
        for (;;) {
          var l = 2 * j + 1, r = l + 1, m = j;
          if (l < h.length && less(h[l], h[m])) { m = l; }
          if (r < h.length && less(h[r], h[m])) { m = r; }
          if (m === j) { break; }
          var t = h[m]; h[m] = h[j]; h[j] = t; j = m;
        }
      }
      return top;
    }
    seen[0].set(SRC, 0); seen[1].set(DST, 0);
    paths[0].set(SRC, [SRC]); paths[1].set(DST, [DST]);
    push(fringe[0], [0, count++, SRC]);
    push(fringe[1], [0, count++, DST]);
    var dir = 1, result = null;
    while (fringe[0].length && fringe[1].length) {
      dir = 1 - dir;
      var item = pop(fringe[dir]), dist = item[0], x = item[2];
      if (dists[dir].has(x)) { continue; }
      dists[dir].set(x, dist);
      if (dists[1 - dir].has(x)) { result = finalpath; break; }
      var nb = neighs[dir][x];
      for (var q = 0; q < nb.length; q++) {
        var y = nb[q], len = dist + (dir === 0 ? wt(x, y) : wt(y, x));
        if (dists[dir].has(y)) { continue; }
        if (!seen[dir].has(y) || len < seen[dir].get(y)) {
          seen[dir].set(y, len);
          push(fringe[dir], [len, count++, y]);
          paths[dir].set(y, paths[dir].get(x).concat([y]));
          if (seen[0].has(y) && seen[1].has(y)) {
            var total = seen[0].get(y) + seen[1].get(y);
            if (finalpath === null || finaldist > total) {
              finaldist = total;
              finalpath = paths[0].get(y).concat(paths[1].get(y).slice().reverse().slice(1));
            }
          }
        }
      }
    }
    if (result === null) { return null; }
    var nodes = result.slice(1, -1), path = [];
    for (var k = 0; k + 1 < nodes.length; k++) { path.push(best.get(nodes[k] * (nNodes + 2) + nodes[k + 1])); }
    return describe(path, N, o, d, weight);
  }

  function countriesOf(i) { return E.cc[i].map(function (c) { return S[c]; }); }
  function placeOfNode(x) { return D.places[D.nodes[x]]; }

  /* The route's legs, totals, countries and border crossings (as routing.Route builds them). */
  function describe(path, N, o, d, weight) {
    var legs = [], hours = 0, km = 0, usd = 0, teu = 0, countries = [], borders = [], transfers = 0, last = null;
    path.forEach(function (i) {
      var kind = ['line', 'border', 'transfer'][E.kind[i]], asset = S[E.asset[i]], cs = countriesOf(i);
      var parts = S[E.layer[i]].split('>'), gauge = kind === 'border' && parts[0] !== parts[1];
      hours += N.t[i]; km += E.m[i]; usd += N.c[i]; teu += N.e[i];
      var leg = legs[legs.length - 1];
      if (leg && leg.asset === asset && leg.kind === kind) {
        leg.km += E.m[i] / 1000; leg.hours += N.t[i]; leg.usd += N.c[i];
        leg.to = placeOfNode(E.v[i]);
      } else {
        legs.push({kind: kind, mode: S[E.mode[i]], asset: asset, name: S[E.name[i]],
                   from: placeOfNode(E.u[i]), to: placeOfNode(E.v[i]),
                   km: E.m[i] / 1000, hours: N.t[i], usd: N.c[i], countries: cs.join('-')});
      }
      cs.forEach(function (c) { if (c && countries[countries.length - 1] !== c) { countries.push(c); } });
      if (kind === 'transfer' || gauge) { transfers += 1; }
      if (kind === 'border') {
        borders.push({crossing: asset, name: S[E.name[i]], countries: cs, modelled: true});
        if (cs.length) { last = cs[cs.length - 1]; }
        return;
      }
      cs.forEach(function (c) {
        if (last !== null && c !== last) { borders.push({crossing: asset, countries: [last, c], modelled: false}); }
        last = c;
      });
    });
    var assets = [];
    path.forEach(function (i) { var a = S[E.asset[i]]; if (assets[assets.length - 1] !== a) { assets.push(a); } });
    return {path: path, legs: legs, hours: hours, days: hours / 24, km: km / 1000, usd: usd, teu: teu,
            countries: countries, borders: borders, transfers: transfers, assets: assets,
            origin: D.places[o], destination: D.places[d], weight: weight};
  }

  /* ---------- the basemap: light shapes, drawn once, not interactive ---------- */
  var base = {};
  [['Countries', 'countries', 'ckbase', {color: '#b8b8b8', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1}],
   ['Seas (incl. Caspian)', 'seas', 'ckbase', {color: '#9dbcd4', weight: 0.5, fillColor: '#c6dbea', fillOpacity: 1}],
   ['Lakes', 'lakes', 'ckbase', {color: '#9dbcd4', weight: 0.5, fillColor: '#c6dbea', fillOpacity: 1}],
   ['Borders (Natural Earth, de facto)', 'borders', 'ckborders', {color: '#6b6b6b', weight: 1, fill: false}]
  ].forEach(function (b) {
    base[b[0]] = L.geoJson(D.basemap[b[1]], {pane: b[2], interactive: false, style: function () { return b[3]; }})
      .addTo(map);
  });
  /* ---------- the asset layers, restyled in place ---------- */
  ['ckhalo', 'ckroute', 'ckpts', 'cklabels'].forEach(function (name, j) {
    map.createPane(name);
    map.getPane(name).style.zIndex = [395, 420, 430, 440][j];
  });
  map.getPane('cklabels').style.pointerEvents = 'none';
  var assetIx = {};
  D.assets.forEach(function (a, j) { assetIx[a] = j; });
  var groupColour = {}, groupLabel = {};
  D.groups.forEach(function (g) { groupColour[g[0]] = g[2]; groupLabel[g[0]] = g[1]; });
  var cur = {status: D.status.base.slice(), changed: {}};
  var DASH = [null, '9 6', '2 6', '1 5'];

  function lineStyle(f) {
    var j = assetIx[f.properties.id], s = cur.status[j], c = groupColour[f.properties.group] || '#444';
    return {color: s === 3 ? '#6b6b6b' : c, weight: s === 0 ? 3 : 2.5, opacity: [0.95, 0.9, 0.6, 0.6][s],
            dashArray: DASH[s], lineCap: s === 0 ? 'round' : 'butt'};
  }
  function pointStyle(f) {
    var j = assetIx[f.properties.id], s = cur.status[j], c = groupColour[f.properties.group] || '#444';
    var r = {port: 6, border_crossing: 5, chokepoint: 7, field: 6, terminal: 5}[f.properties.kind] || 4;
    return {radius: r, color: s === 0 ? '#222' : (s === 3 ? '#6b6b6b' : c), weight: 1.5,
            fillColor: s === 3 ? '#9a9a9a' : c, fillOpacity: s === 0 ? 0.9 : 0.35, dashArray: s === 0 ? null : '2 2',
            pane: 'ckpts'};
  }
  function haloStyle(f) {
    var on = cur.changed[assetIx[f.properties.id]];
    return {color: '#ffcc00', weight: f.geometry.type === 'Point' ? 4 : 10, opacity: on ? 0.85 : 0,
            fillOpacity: 0, radius: 11, pane: 'ckhalo', interactive: false};
  }
  function popupFor(f) {
    var j = assetIx[f.properties.id], sc = D.scenarios[st.si];
    var now = '<div class="ck-now">' + esc(sc.title) + ', as of 31 Dec ' + D.years[st.yi] + ': <b>' +
      esc(D.status.names[cur.status[j]]) + '</b>' +
      (cur.changed[j] ? ' <span class="ck-chg">changed by the scenario</span>' : '') + '</div>';
    var pi = placeIx[f.properties.id], buttons = '';
    if (pi !== undefined) {
      buttons = '<div class="ck-popbtn"><button type="button" data-ck-from="' + pi + '">Route from here</button>' +
        '<button type="button" data-ck-to="' + pi + '">Route to here</button></div>';
    }
    return now + buttons + f.properties.popup;
  }
  var byGroup = {}, allLayers = {}, haloFeatures = [];
  D.features.forEach(function (f) {
    (byGroup[f.properties.group] = byGroup[f.properties.group] || []).push(f);
  });
  var haloLayer = L.geoJson({type: 'FeatureCollection', features: D.features}, {
    style: haloStyle, interactive: false,
    pointToLayer: function (f, ll) { return L.circleMarker(ll, haloStyle(f)); }
  }).addTo(map);
  var groupLayers = [];
  var overlays = {};
  D.groups.map(function (g) { return g[0]; }).concat(Object.keys(byGroup).filter(function (g) {
    return !(g in groupLabel);
  })).forEach(function (g) {
    if (!byGroup[g]) { return; }
    var feats = byGroup[g].slice().sort(function (a, b) {
      return (a.geometry.type === 'Point') - (b.geometry.type === 'Point');
    });
    var lyr = L.geoJson({type: 'FeatureCollection', features: feats}, {
      style: lineStyle,
      pointToLayer: function (f, ll) { return L.circleMarker(ll, pointStyle(f)); },
      onEachFeature: function (f, layer) {
        allLayers[f.properties.id] = layer;
        layer.bindTooltip(esc(f.properties.name), {sticky: true});
        layer.on('click', function (ev) {
          if (st.picking || measure.on) { return; }  // the map's click handler takes it
          L.popup({maxWidth: 460}).setLatLng(ev.latlng).setContent(popupFor(f)).openOn(map);
        });
      }
    }).addTo(map);
    lyr.ckGroup = g;
    groupLayers.push(lyr);
    overlays['<span class="ck-sw" style="background:' + (groupColour[g] || '#444') + '"></span>' +
      esc(groupLabel[g] || g)] = lyr;
  });
  function restyle() {
    var k = st.si * nY + st.yi;
    cur.status = D.status.base.slice();
    D.status.diff[k].forEach(function (p) { cur.status[p[0]] = p[1]; });
    cur.changed = {};
    D.status.changed[k].forEach(function (j) { cur.changed[j] = true; });
    groupLayers.forEach(function (lyr) {
      lyr.eachLayer(function (l) {
        var f = l.feature;
        l.setStyle(f.geometry.type === 'Point' ? pointStyle(f) : lineStyle(f));
      });
    });
    haloLayer.eachLayer(function (l) { l.setStyle(haloStyle(l.feature)); });
    var nChanged = D.status.changed[k].length;
    stateNote.textContent = 'As of 31 December ' + D.years[st.yi] + '. ' + (st.si === 0
      ? 'Each asset has the status its own timeline gives on that day.'
      : nChanged + ' asset' + (nChanged === 1 ? '' : 's') + ' changed by the scenario (yellow halo).');
    map.closePopup();
    runRoute();
  }
  L.control.layers(null, Object.assign({}, overlays, base, toggles), {collapsed: true, position: 'topright'}).addTo(map);

  /* ---------- the panel ---------- */
  var panel = L.control({position: 'topleft'});
  var box = el('div', {'class': 'ck-panel', id: 'ck-panel'});
  panel.onAdd = function () { return box; };
  panel.addTo(map);
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  box.appendChild(el('h1', {}, 'corridorkit explorer'));
  var scSel = el('select', {id: 'ck-scenario', 'aria-label': 'Scenario'});
  D.scenarios.forEach(function (s, j) { var o = el('option', {value: s.id}, s.title); scSel.appendChild(o); });
  var row = el('label', {'class': 'ck-row'}, 'Scenario ');
  row.appendChild(scSel);
  box.appendChild(row);
  var scDesc = el('div', {'class': 'ck-desc ck-clamp', id: 'ck-scenario-desc', title: 'Click to read it all'});
  scDesc.addEventListener('click', function () { scDesc.classList.toggle('ck-clamp'); });
  box.appendChild(scDesc);
  var yearRow = el('div', {'class': 'ck-row'});
  var slider = el('input', {id: 'ck-year', type: 'range', min: '0', max: String(nY - 1), step: '1', value: '0',
                            'aria-label': 'As of year', list: 'ck-years'});
  var ticks = el('datalist', {id: 'ck-years'});
  D.years.forEach(function (y, j) { ticks.appendChild(el('option', {value: String(j), label: String(y)})); });
  var yearOut = el('b', {id: 'ck-year-label'}, String(D.years[0]));
  yearRow.appendChild(el('span', {}, 'As of '));
  yearRow.appendChild(yearOut);
  yearRow.appendChild(slider);
  yearRow.appendChild(ticks);
  box.appendChild(yearRow);
  var tickRow = el('div', {'class': 'ck-ticks'});
  D.years.forEach(function (y) { tickRow.appendChild(el('span', {}, String(y).slice(2))); });
  box.appendChild(tickRow);
  var stateNote = el('div', {'class': 'ck-desc', id: 'ck-state'});
  box.appendChild(stateNote);
  scSel.addEventListener('change', function () {
    st.si = scSel.selectedIndex; scDesc.textContent = D.scenarios[st.si].description; restyle();
  });
  slider.addEventListener('input', function () {
    st.yi = +slider.value; yearOut.textContent = String(D.years[st.yi]); restyle();
  });
  scDesc.textContent = D.scenarios[0].description;

  // route form
  box.appendChild(el('h2', {}, 'Route'));
  var placeList = el('datalist', {id: 'ck-places'});
  var placeByLabel = {};
  var placeLabel = D.places.map(function (p, j) {
    var lbl = p.name + ' (' + p.kind.replace('_', ' ') + (p.cc.length ? ', ' + p.cc[0] : '') + ')';
    placeByLabel[lbl.toLowerCase()] = j;
    placeByLabel[p.id.toLowerCase()] = j;
    p.alt.forEach(function (a) { if (!(a.toLowerCase() in placeByLabel)) { placeByLabel[a.toLowerCase()] = j; } });
    if (!(p.name.toLowerCase() in placeByLabel)) { placeByLabel[p.name.toLowerCase()] = j; }
    return lbl;
  });
  placeLabel.map(function (l, j) { return [l, j]; }).sort().forEach(function (p) {
    placeList.appendChild(el('option', {value: p[0]}));
  });
  box.appendChild(placeList);
  function placeInput(id, label) {
    var r = el('label', {'class': 'ck-row'}, label + ' ');
    var inp = el('input', {id: id, list: 'ck-places', placeholder: 'type a place or click the map', autocomplete: 'off'});
    r.appendChild(inp);
    box.appendChild(r);
    return inp;
  }
  var fromIn = placeInput('ck-from', 'From'), toIn = placeInput('ck-to', 'To');
  function readPlace(inp) {
    var v = inp.value.trim().toLowerCase();
    return v in placeByLabel ? placeByLabel[v] : null;
  }
  fromIn.addEventListener('change', function () { st.from = readPlace(fromIn); st.fit = true; runRoute(); });
  toIn.addEventListener('change', function () { st.to = readPlace(toIn); st.fit = true; runRoute(); });
  var opts = el('div', {'class': 'ck-row'});
  opts.appendChild(el('span', {}, 'by '));
  var wSel = el('select', {id: 'ck-weight', 'aria-label': 'Weight'});
  D.weights.forEach(function (w) { wSel.appendChild(el('option', {value: w}, w)); });
  wSel.addEventListener('change', function () { st.weight = wSel.value; runRoute(); });
  opts.appendChild(wSel);
  ['rail', 'road', 'sea'].forEach(function (m) {
    var l = el('label', {'class': 'ck-mode'});
    var cb = el('input', {type: 'checkbox', id: 'ck-mode-' + m});
    cb.checked = true;
    cb.addEventListener('change', function () { st.modes[m] = cb.checked; runRoute(); });
    l.appendChild(cb);
    l.appendChild(document.createTextNode(' ' + m));
    opts.appendChild(l);
  });
  box.appendChild(opts);
  var btnRow = el('div', {'class': 'ck-row'});
  var pickBtn = el('button', {type: 'button', id: 'ck-pick'}, 'Pick two places on the map');
  var swapBtn = el('button', {type: 'button', title: 'Swap from and to'}, '⇄');
  var clearBtn = el('button', {type: 'button'}, 'Clear');
  btnRow.appendChild(pickBtn); btnRow.appendChild(swapBtn); btnRow.appendChild(clearBtn);
  box.appendChild(btnRow);
  var result = el('div', {id: 'ck-result'});
  box.appendChild(result);
  pickBtn.addEventListener('click', function () {
    st.picking = st.picking ? 0 : 1;
    pickBtn.classList.toggle('on', !!st.picking);
    map.getContainer().classList.toggle('ck-picking', !!st.picking);
    pickBtn.textContent = st.picking ? 'Click the start…' : 'Pick two places on the map';
  });
  swapBtn.addEventListener('click', function () {
    var t = st.from; st.from = st.to; st.to = t; syncInputs(); runRoute();
  });
  clearBtn.addEventListener('click', function () { st.from = st.to = null; syncInputs(); runRoute(); });
  function syncInputs() {
    fromIn.value = st.from === null ? '' : placeLabel[st.from];
    toIn.value = st.to === null ? '' : placeLabel[st.to];
  }
  function setEnd(which, pi) {
    st[which] = pi; st.fit = true; syncInputs(); map.closePopup(); runRoute();
  }
  // popups stop clicks from bubbling: listen in the capture phase for their route buttons
  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (t.getAttribute && t.getAttribute('data-ck-from') !== null) { setEnd('from', +t.getAttribute('data-ck-from')); }
    if (t.getAttribute && t.getAttribute('data-ck-to') !== null) { setEnd('to', +t.getAttribute('data-ck-to')); }
  }, true);
  // picking: the nearest place to a click, within 30 pixels
  map.on('click', function (ev) {
    if (!st.picking) { return; }
    var p = map.latLngToContainerPoint(ev.latlng), bestJ = null, bestD = 30;
    D.places.forEach(function (pl, j) {
      var q = map.latLngToContainerPoint([pl.y, pl.x]), dd = p.distanceTo(q);
      if (dd < bestD) { bestD = dd; bestJ = j; }
    });
    if (bestJ === null) { return; }
    if (st.picking === 1) {
      st.from = bestJ; st.to = null; st.picking = 2; pickBtn.textContent = 'Click the destination…';
      syncInputs(); runRoute();
    } else {
      st.to = bestJ; st.fit = true; st.picking = 0; pickBtn.classList.remove('on');
      map.getContainer().classList.remove('ck-picking');
      pickBtn.textContent = 'Pick two places on the map'; syncInputs(); runRoute();
    }
  });

  var routeLayer = L.layerGroup().addTo(map);
  var lastRoute = null;
  function drawRoute(r, style) {
    r.path.forEach(function (i) {
      var g = D.geoms[E.g[i]];
      if (g.length > 1 && !(g[0][0] === g[1][0] && g[0][1] === g[1][1] && g.length === 2)) {
        L.polyline(g, Object.assign({pane: 'ckroute', interactive: false}, style)).addTo(routeLayer);
      }
    });
  }
  function ends(r) {
    [r.origin, r.destination].forEach(function (p, j) {
      L.circleMarker([p.y, p.x], {radius: 8, color: '#000', weight: 2, fillColor: j ? '#d7191c' : '#1a9641',
                                   fillOpacity: 1, pane: 'ckroute'}).addTo(routeLayer);
    });
  }
  function countryText(cs) {
    return cs.map(function (c) { return countryName[c] ? countryName[c] : c; }).join(' → ');
  }
  function summary(r, title, id) {
    var d = el('div', {'class': 'ck-route', id: id});
    d.appendChild(el('h3', {}, title));
    if (!r) {
      d.appendChild(el('p', {'class': 'ck-none'}, 'No route: the links between these places are closed, unbuilt or in the modes left out.'));
      d.dataset.days = 'none';
      return d;
    }
    d.dataset.hours = String(r.hours); d.dataset.days = r.days.toFixed(1); d.dataset.km = String(r.km);
    d.dataset.usd = String(r.usd); d.dataset.assets = r.assets.join(' ');
    var tbl = el('table', {'class': 'ck-tot'});
    [['days', fmt(r.days, 1)], ['km', fmt(r.km, 0)], ['USD per tonne', fmt(r.usd, 1)], ['USD per TEU', fmt(r.teu, 0)],
     ['transfers', String(r.transfers)],
     ['border crossings', String(r.borders.length)]].forEach(function (p) {
      var tr = el('tr'); tr.appendChild(el('th', {}, p[0])); tr.appendChild(el('td', {}, p[1])); tbl.appendChild(tr);
    });
    d.appendChild(tbl);
    d.appendChild(el('p', {'class': 'ck-cc'}, countryText(r.countries)));
    if (r.borders.length) {
      d.appendChild(el('p', {'class': 'ck-cc'}, 'Crossings: ' + r.borders.map(function (b) {
        return b.modelled ? b.name : b.countries.join('→') + ' inside ' + b.crossing;
      }).join('; ')));
    }
    return d;
  }
  function legsTable(r) {
    var t = el('table', {'class': 'ck-legs', id: 'ck-legs'});
    var h = el('tr');
    ['mode', 'leg', 'km', 'h', 'USD/t'].forEach(function (c) { h.appendChild(el('th', {}, c)); });
    t.appendChild(h);
    r.legs.forEach(function (l) {
      var tr = el('tr');
      tr.appendChild(el('td', {}, l.mode.replace(/_/g, ' ')));
      tr.appendChild(el('td', {title: l.asset}, l.kind === 'line' ? l.name + ': ' + l.from.name + ' → ' + l.to.name : l.name));
      tr.appendChild(el('td', {'class': 'n'}, fmt(l.km, 0)));
      tr.appendChild(el('td', {'class': 'n'}, fmt(l.hours, 1)));
      tr.appendChild(el('td', {'class': 'n'}, fmt(l.usd, 1)));
      t.appendChild(tr);
    });
    return t;
  }
  function prefixes() {
    return ['rail', 'road', 'sea'].filter(function (m) { return st.modes[m]; });
  }
  function runRoute() {
    routeLayer.clearLayers();
    result.textContent = '';
    lastRoute = null;
    if (st.from === null || st.to === null) {
      result.appendChild(el('p', {'class': 'ck-desc'}, 'Choose two places (type them, or “Pick two places”, or a place’s popup) to see the best route in this scenario and year beside the baseline’s.'));
      return;
    }
    if (st.from === st.to) { result.appendChild(el('p', {}, 'From and to are the same place.')); return; }
    var pf = prefixes();
    var r = pf.length ? shortest(st.si, st.yi, st.weight, pf, st.from, st.to) : null;
    var b = st.si === 0 ? null : (pf.length ? shortest(0, st.yi, st.weight, pf, st.from, st.to) : null);
    var y = D.years[st.yi];
    var head = el('p', {'class': 'ck-desc'}, 'Best by ' + st.weight + ' (' + pf.join(', ') + '), as of 31 Dec ' + y + '.');
    result.appendChild(head);
    if (st.si !== 0 && r && b) {
      var same = r.assets.join() === b.assets.join();
      result.appendChild(el('p', {'class': 'ck-delta', id: 'ck-delta'}, same
        ? 'Same path as the baseline' + (Math.abs(r.hours - b.hours) > 1e-9 ? ', ' + fmt(r.days - b.days, 1) + ' days difference.' : '.')
        : 'The scenario changes the path: ' + (r.days - b.days >= 0 ? '+' : '') + fmt(r.days - b.days, 1) + ' days, ' +
          (r.km - b.km >= 0 ? '+' : '') + fmt(r.km - b.km, 0) + ' km.'));
    }
    var cols = el('div', {'class': 'ck-cols'});
    cols.appendChild(summary(r, D.scenarios[st.si].id === 'baseline' ? 'Baseline ' + y : D.scenarios[st.si].id + ' ' + y, 'ck-route-main'));
    if (st.si !== 0) { cols.appendChild(summary(b, 'Baseline ' + y, 'ck-route-base')); }
    result.appendChild(cols);
    if (b) { drawRoute(b, {color: '#333', weight: 5, opacity: 0.55, dashArray: '6 8'}); }
    if (r) {
      drawRoute(r, {color: '#1d1d1d', weight: 9, opacity: 0.85});
      drawRoute(r, {color: '#ff2bd6', weight: 5, opacity: 1});
      result.appendChild(legsTable(r));
      lastRoute = r;
    }
    ends({origin: D.places[st.from], destination: D.places[st.to]});
    if (st.fit) {
      st.fit = false;
      map.fitBounds(L.featureGroup(routeLayer.getLayers()).getBounds().pad(0.15), {maxZoom: 9, paddingTopLeft: [360, 0]});
    }
  }

  /* ---------- search, fullscreen, measure, download ---------- */
  var tools = L.control({position: 'topright'});
  var tbox = el('div', {'class': 'ck-tools'});
  tools.onAdd = function () { return tbox; };
  tools.addTo(map);
  L.DomEvent.disableClickPropagation(tbox);
  var findList = el('datalist', {id: 'ck-findlist'});
  var findIx = {};
  D.features.forEach(function (f) {
    var lbl = f.properties.name + ' — ' + f.properties.kind.replace('_', ' ');
    if (lbl in findIx) { lbl += ' (' + f.properties.id + ')'; }
    findIx[lbl.toLowerCase()] = f;
    findIx[f.properties.id.toLowerCase()] = f;
    f.properties.alt.forEach(function (a) { if (!(a.toLowerCase() in findIx)) { findIx[a.toLowerCase()] = f; } });
    findList.appendChild(el('option', {value: lbl}));
  });
  var find = el('input', {id: 'ck-find', list: 'ck-findlist', placeholder: 'Find an asset or place…', autocomplete: 'off'});
  tbox.appendChild(find); tbox.appendChild(findList);
  var lastFind = null;
  find.addEventListener('change', function () {
    // once per value: a second change on leaving the box would redraw the popup under the pointer
    if (find.value === lastFind) { return; }
    lastFind = find.value;
    var f = findIx[find.value.trim().toLowerCase()];
    if (!f) {  // a part of a name: the first asset whose name contains it
      var q = find.value.trim().toLowerCase();
      f = q ? D.features.find(function (g) { return g.properties.name.toLowerCase().indexOf(q) >= 0; }) : null;
    }
    if (!f) { find.classList.add('ck-bad'); return; }
    find.classList.remove('ck-bad');
    var lyr = allLayers[f.properties.id];
    var ll = lyr.getLatLng ? lyr.getLatLng() : lyr.getBounds().getCenter();
    if (lyr.getLatLng) { map.setView(ll, Math.max(map.getZoom(), 8)); } else { map.fitBounds(lyr.getBounds(), {maxZoom: 9}); }
    L.popup({maxWidth: 460}).setLatLng(ll).setContent(popupFor(f)).openOn(map);
  });
  function toolButton(label, title, fn, id) {
    var b = el('button', {type: 'button', title: title, id: id}, label);
    b.addEventListener('click', fn);
    tbox.appendChild(b);
    return b;
  }
  toolButton('Full screen', 'Show the map on the whole screen (Esc leaves)', function () {
    if (document.fullscreenElement) { document.exitFullscreen(); } else { document.documentElement.requestFullscreen(); }
  }, 'ck-fullscreen');
  var measure = {on: false, pts: [], line: null, tip: null};
  var measureBtn = toolButton('Measure', 'Measure a distance: click points on the map; click the button again to stop',
    function () {
      measure.on = !measure.on;
      measureBtn.classList.toggle('on', measure.on);
      map.getContainer().classList.toggle('ck-picking', measure.on);
      if (measure.on) {
        measure.pts = [];
        if (measure.line) { map.removeLayer(measure.line); }
        measure.line = L.polyline([], {color: '#000', weight: 2, dashArray: '5 5', interactive: false}).addTo(map);
        measureOut.textContent = 'Click points on the map…';
      }
    }, 'ck-measure');
  var measureOut = el('span', {'class': 'ck-measure', id: 'ck-measure-out'});
  map.on('click', function (ev) {
    if (!measure.on) { return; }
    measure.pts.push(ev.latlng);
    measure.line.setLatLngs(measure.pts);
    var m = 0;
    for (var i = 1; i < measure.pts.length; i++) { m += map.distance(measure.pts[i - 1], measure.pts[i]); }
    measureOut.textContent = fmt(m / 1000, 1) + ' km (great circle)';
  });
  toolButton('⇩ GeoJSON', 'Download the layers shown, within the view, as GeoJSON', function () {
    var view = map.getBounds(), out = [], sc = D.scenarios[st.si];
    groupLayers.forEach(function (lyr) {
      if (!map.hasLayer(lyr)) { return; }
      lyr.eachLayer(function (l) {
        var b = l.getLatLng ? L.latLngBounds([l.getLatLng(), l.getLatLng()]) : l.getBounds();
        if (!view.intersects(b)) { return; }
        var f = l.feature, j = assetIx[f.properties.id];
        out.push({type: 'Feature', geometry: f.geometry, properties: {
          id: f.properties.id, name: f.properties.name, kind: f.properties.kind,
          group: groupLabel[f.properties.group] || f.properties.group,
          status: D.status.names[cur.status[j]], changed_by_scenario: !!cur.changed[j],
          scenario: sc.id, as_of: D.years[st.yi] + '-12-31'}});
      });
    });
    if (lastRoute) {
      lastRoute.path.forEach(function (i) {
        out.push({type: 'Feature', geometry: {type: 'LineString', coordinates: D.geoms[E.g[i]].map(function (p) { return [p[1], p[0]]; })},
                  properties: {id: S[E.asset[i]], name: S[E.name[i]], kind: 'route_leg', scenario: sc.id,
                               as_of: D.years[st.yi] + '-12-31', hours: numbers(st.si, st.yi).t[i], km: E.m[i] / 1000}});
      });
    }
    var blob = new Blob([JSON.stringify({type: 'FeatureCollection', features: out})], {type: 'application/geo+json'});
    var a = el('a', {href: URL.createObjectURL(blob), download: 'corridorkit-' + sc.id + '-' + D.years[st.yi] + '-visible.geojson'});
    document.body.appendChild(a); a.click(); a.remove();
  }, 'ck-download');
  tbox.appendChild(measureOut);

  /* ---------- legend ---------- */
  var legend = L.control({position: 'bottomright'});
  legend.onAdd = function () {
    var d = el('div', {'class': 'ck-legend'});
    d.innerHTML = '<b>Status in the scenario and year</b>' +
      ['open', 'under construction', 'proposed', 'closed / suspended'].map(function (lbl, s) {
        return '<div><svg width="30" height="10"><line x1="0" y1="5" x2="30" y2="5" stroke="' +
          (s === 3 ? '#6b6b6b' : '#1f77b4') + '" stroke-width="3"' + (DASH[s] ? ' stroke-dasharray="' + DASH[s] + '"' : '') +
          ' stroke-opacity="' + [0.95, 0.9, 0.6, 0.6][s] + '"/></svg>' + lbl + '</div>';
      }).join('') +
      '<div><svg width="30" height="12"><line x1="0" y1="6" x2="30" y2="6" stroke="#ffcc00" stroke-width="10" stroke-opacity=".85"/>' +
      '<line x1="0" y1="6" x2="30" y2="6" stroke="#1f77b4" stroke-width="3"/></svg>changed by the scenario</div>' +
      '<div><svg width="30" height="10"><line x1="0" y1="5" x2="30" y2="5" stroke="#1d1d1d" stroke-width="8"/><line x1="0" y1="5" x2="30" y2="5" stroke="#ff2bd6" stroke-width="4"/></svg>route' +
      ' <svg width="30" height="10"><line x1="0" y1="5" x2="30" y2="5" stroke="#333" stroke-opacity=".55" stroke-width="5" stroke-dasharray="6 8"/></svg>baseline route</div>' +
      '<div class="ck-muted">Colours: layer groups (see the layer list, top right)</div>';
    return d;
  };
  legend.addTo(map);

  /* ---------- labels: seas, countries, places; no two overlap ---------- */
  var ctx2d = document.createElement('canvas').getContext('2d');
  var PLACE_RANK = {city: 0, port: 1, station: 2, border_crossing: 3, junction: 4};
  var candidates = [];
  D.labels.seas.forEach(function (s) { candidates.push({text: s[0], lat: s[1], lon: s[2], cls: 'ck-lsea', minZ: 3, font: 'italic 13px system-ui,sans-serif'}); });
  D.labels.countries.forEach(function (c) {
    var a = c[4], z = a > 40 ? 3 : a > 8 ? 4 : a > 1.5 ? 5 : a > 0.3 ? 6 : 7;
    candidates.push({text: c[0], lat: c[2], lon: c[3], cls: 'ck-lcountry', minZ: z, font: '600 12px system-ui,sans-serif'});
  });
  var degree = D.places.map(function (p, j) { return placeNodes[j].length; });
  D.places.map(function (p, j) { return j; }).sort(function (a, b) {
    var pa = D.places[a], pb = D.places[b];
    return ((PLACE_RANK[pa.kind] || 5) - (PLACE_RANK[pb.kind] || 5)) || (degree[b] - degree[a]) || (pa.name < pb.name ? -1 : 1);
  }).forEach(function (j) {
    var p = D.places[j], rank = PLACE_RANK[p.kind];
    if (rank === undefined) { return; }
    candidates.push({text: p.name.replace(/\s*\(.*\)$/, ''), lat: p.y, lon: p.x, cls: 'ck-lplace', minZ: [5, 5, 7, 7, 8][rank],
                     font: '11px system-ui,sans-serif', point: true});
  });
  candidates.forEach(function (c) { ctx2d.font = c.font; c.w = ctx2d.measureText(c.text).width + 4; c.h = 14; });
  var labelBox = el('div', {'class': 'ck-labels'});
  map.getPane('cklabels').appendChild(labelBox);
  function placeLabels() {
    labelBox.textContent = '';
    var z = map.getZoom(), size = map.getSize(), placed = [], seenText = [];
    function free(r) {
      for (var i = 0; i < placed.length; i++) {
        var q = placed[i];
        if (r[0] < q[2] && r[2] > q[0] && r[1] < q[3] && r[3] > q[1]) { return false; }
      }
      return true;
    }
    candidates.forEach(function (c) {
      if (z < c.minZ) { return; }
      var cp = map.latLngToContainerPoint([c.lat, c.lon]);
      if (cp.x < -50 || cp.y < -20 || cp.x > size.x + 50 || cp.y > size.y + 20) { return; }
      // a place's label to the right of its dot (or left, when the right is taken); others centred
      var tries = c.point ? [[8, -7], [-8 - c.w, -7], [-c.w / 2, 6], [-c.w / 2, -20]] : [[-c.w / 2, -c.h / 2]];
      for (var t = 0; t < tries.length; t++) {
        var x = cp.x + tries[t][0], y = cp.y + tries[t][1], r = [x - 2, y - 1, x + c.w + 2, y + c.h + 1];
        if (!free(r) || seenText.some(function (q) {
          return q[0] === c.text && Math.abs(q[1] - cp.x) < 80 && Math.abs(q[2] - cp.y) < 40;
        })) { continue; }
        placed.push(r);
        seenText.push([c.text, cp.x, cp.y]);
        var lp = map.containerPointToLayerPoint([x, y]);
        var d = el('div', {'class': 'ck-label ' + c.cls}, c.text);
        L.DomUtil.setPosition(d, lp);
        labelBox.appendChild(d);
        return;
      }
    });
  }
  map.on('zoomstart', function () { labelBox.style.display = 'none'; });
  map.on('zoomend moveend', function () { labelBox.style.display = ''; placeLabels(); });

  /* ---------- open ---------- */
  map.fitBounds([[35.5, 27.0], [49.5, 72.0]], {paddingTopLeft: [350, 0]});
  restyle();
  placeLabels();
  document.body.setAttribute('data-ck-ready-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-ck-ready', '1');
}
