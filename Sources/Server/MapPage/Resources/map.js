"use strict";
(function () {
  const svgNS = "http://www.w3.org/2000/svg";
  const $ = (id) => document.getElementById(id);
  const state = { data: null, days: [], day: null, shapes: new Map(), colors: {}, labels: {}, selected: null };

  function element(name, attributes, text) {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function dayList(from, to) {
    const days = [];
    const start = Date.parse(from + "T00:00:00Z");
    const end = Date.parse(to + "T00:00:00Z");
    for (let t = start, n = 0; t <= end && n < 20000; t += 86400000, n++) {
      days.push(new Date(t).toISOString().slice(0, 10));
    }
    return days;
  }

  function intervalOn(district, day) {
    for (const interval of district.intervals) {
      if (interval.from <= day && (interval.to === null || day < interval.to)) return interval;
    }
    return null;
  }

  function statusOn(district, day) {
    const interval = intervalOn(district, day);
    return interval ? interval.status : "unknown";
  }

  // The latest day on or before `day` anything was reported about the district, or null.
  function lastReport(district, day) {
    let last = null;
    for (const report of district.reports) { if (report <= day) last = report; }
    return last;
  }

  function daysBetween(from, to) {
    return Math.round((Date.parse(to + "T00:00:00Z") - Date.parse(from + "T00:00:00Z")) / 86400000);
  }

  // Tooltip: status, since, the statement that set it, confirmations known by `day`, last report.
  function describe(district, day) {
    const interval = intervalOn(district, day);
    let text = district.name + " (" + district.province + "): " + state.labels[interval ? interval.status : "unknown"];
    if (!interval) return text;
    text += " since " + interval.from;
    const opening = interval.evidence[0];
    if (opening) {
      text += ", set by " + opening.type + " " + opening.id;
      const confirmations = interval.evidence.filter((e) => e.date <= day).length - 1;
      if (confirmations > 0) text += ", +" + confirmations + (confirmations === 1 ? " confirmation" : " confirmations");
    }
    const last = lastReport(district, day);
    if (last) text += "; last report " + last + " (" + daysBetween(last, day) + " days before)";
    return text;
  }

  function draw() {
    const data = state.data;
    const svg = $("map");
    svg.setAttribute("viewBox", "0 0 " + data.width + " " + data.height);
    for (const district of data.districts) {
      let shape;
      if (district.d) {
        shape = document.createElementNS(svgNS, "path");
        shape.setAttribute("d", district.d);
        shape.setAttribute("fill-rule", "evenodd");
      } else if (district.x !== undefined) {
        shape = document.createElementNS(svgNS, "circle");
        shape.setAttribute("cx", district.x);
        shape.setAttribute("cy", district.y);
        shape.setAttribute("r", "5");
      } else {
        continue;
      }
      shape.setAttribute("class", "district");
      shape.setAttribute("data-pcode", district.pcode);
      const title = document.createElementNS(svgNS, "title");
      title.textContent = district.name + " (" + district.province + ")";
      shape.appendChild(title);
      shape.addEventListener("click", () => select(district.pcode));
      svg.appendChild(shape);
      state.shapes.set(district.pcode, { district, shape, title });
    }
    if (data.outlines) {
      const outline = document.createElementNS(svgNS, "path");
      outline.setAttribute("class", "outline");
      outline.setAttribute("d", data.outlines);
      svg.appendChild(outline);
    }
  }

  // The chart under the slider: /map/chart.svg (the chart `frontline snapshots` writes, one
  // sample a day), parsed as SVG (not HTML) and inlined, with a line at the slider's day.
  async function loadChart() {
    const response = await fetch("/map/chart.svg");
    if (!response.ok) return;
    const parsed = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
    const root = parsed.documentElement;
    if (root.nodeName !== "svg") return;
    const chart = document.importNode(root, true);
    chart.removeAttribute("width");
    chart.removeAttribute("height");
    chart.setAttribute("id", "chart-svg");
    const marker = document.createElementNS(svgNS, "line");
    marker.setAttribute("id", "chart-marker");
    marker.setAttribute("y1", chart.getAttribute("data-plot-top"));
    marker.setAttribute("y2", chart.getAttribute("data-plot-bottom"));
    marker.setAttribute("stroke", "#000");
    marker.setAttribute("stroke-width", "1.5");
    chart.appendChild(marker);
    chart.addEventListener("click", (event) => {
      const point = chart.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      const inside = point.matrixTransform(chart.getScreenCTM().inverse());
      const left = Number(chart.getAttribute("data-plot-left")), right = Number(chart.getAttribute("data-plot-right"));
      const fraction = Math.min(1, Math.max(0, (inside.x - left) / Math.max(1, right - left)));
      const slider = $("slider");
      slider.value = String(Math.round(fraction * (state.days.length - 1)));
      recolour(state.days[Number(slider.value)]);
    });
    $("chart").appendChild(chart);
    state.chart = chart;
  }

  function placeMarker(day) {
    const chart = state.chart;
    if (!chart) return;
    const from = chart.getAttribute("data-from"), to = chart.getAttribute("data-to");
    const left = Number(chart.getAttribute("data-plot-left")), right = Number(chart.getAttribute("data-plot-right"));
    const span = Math.max(1, daysBetween(from, to));
    const x = left + Math.min(1, Math.max(0, daysBetween(from, day) / span)) * (right - left);
    const marker = chart.querySelector("#chart-marker");
    marker.setAttribute("x1", x.toFixed(1));
    marker.setAttribute("x2", x.toFixed(1));
    marker.setAttribute("data-date", day);
  }

  function recolour(day) {
    state.day = day;
    placeMarker(day);
    if (document.body.getAttribute("data-ready") === "true") updateAddress();
    $("date-label").textContent = day;
    $("map").setAttribute("data-date", day);
    const counts = {}, areas = {};
    let stale = 0;
    for (const status of state.data.statuses) { counts[status.status] = 0; areas[status.status] = 0; }
    for (const { district, shape, title } of state.shapes.values()) {
      const status = statusOn(district, day);
      const last = lastReport(district, day);
      const isStale = status !== "unknown" && last !== null && daysBetween(last, day) > state.data.stale_after;
      shape.setAttribute("fill", state.colors[status]);
      shape.setAttribute("fill-opacity", isStale ? "0.35" : "1");
      shape.setAttribute("data-status", status);
      shape.setAttribute("data-stale", isStale ? "true" : "false");
      title.textContent = describe(district, day);
      counts[status] += 1;
      areas[status] += district.area_km2 || 0;
      if (isStale) stale += 1;
    }
    const body = $("legend").querySelector("tbody");
    body.textContent = "";
    for (const status of state.data.statuses) {
      const row = element("tr", { "data-status": status.status });
      const swatch = element("span", { class: "swatch", style: "background:" + status.color });
      const cell = element("td");
      cell.appendChild(swatch);
      row.appendChild(cell);
      row.appendChild(element("td", {}, status.label));
      row.appendChild(element("td", { class: "number count" }, String(counts[status.status])));
      row.appendChild(element("td", { class: "number" }, state.data.polygons ? Math.round(areas[status.status]).toLocaleString("en") : "–"));
      body.appendChild(row);
    }
    const note = element("tr", { class: "stale-row" });
    const noteSwatch = element("td");
    noteSwatch.appendChild(element("span", { class: "swatch", style: "background:" + state.colors.taliban + ";opacity:0.35" }));
    note.appendChild(noteSwatch);
    note.appendChild(element("td", {}, "Faded: no report in the last " + state.data.stale_after + " days"));
    note.appendChild(element("td", { class: "number stale-count" }, String(stale)));
    note.appendChild(element("td"));
    body.appendChild(note);
    if (state.selected) showHistory(state.selected);
  }

  function showHistory(pcode) {
    const entry = state.shapes.get(pcode);
    const panel = $("history");
    panel.textContent = "";
    if (!entry) return;
    const district = entry.district;
    panel.appendChild(element("h2", {}, district.name + ", " + district.province + " (" + district.pcode + ")"));
    // The Dari and Pashto names, right to left, each marked with its language.
    const names = [["fa", district.name_dari], ["ps", district.name_pashto]].filter(([, name]) => name);
    if (names.length > 0) {
      const line = element("p", { class: "names" });
      names.forEach(([lang, name], i) => {
        if (i > 0) line.appendChild(document.createTextNode(" · "));
        line.appendChild(element("span", { lang: lang, dir: "rtl" }, name));
      });
      panel.appendChild(line);
    }
    const now = statusOn(district, state.day);
    const summary = element("p");
    summary.appendChild(document.createTextNode("On " + state.day + ": "));
    summary.appendChild(element("span", { class: "status", style: "background:" + state.colors[now] }, state.labels[now]));
    panel.appendChild(summary);
    if (district.intervals.length === 0) {
      panel.appendChild(element("p", { class: "hint" }, "No report names this district."));
      return;
    }
    const list = element("ol");
    for (const interval of district.intervals) {
      const item = element("li");
      const head = element("div");
      head.appendChild(element("span", { class: "status", style: "background:" + state.colors[interval.status] }, state.labels[interval.status]));
      head.appendChild(document.createTextNode(" from " + interval.from + (interval.to ? " until " + interval.to : " on")));
      item.appendChild(head);
      // The statement that set the status first, then those that confirmed it, folded.
      interval.evidence.forEach((evidence, position) => {
        const quote = element("blockquote", { class: position === 0 ? "opening" : "confirmation" });
        quote.appendChild(element("div", {}, evidence.sentence || "(baseline)"));
        const source = element("small");
        source.appendChild(document.createTextNode((position === 0 ? "set by: " : "") + evidence.date + " · " + evidence.type + (evidence.via_province ? " (reported for the province) " : " ") + "· "));
        if (evidence.event) {
          // The event's feature id: its id with ~ for # (LayerStore.featureID(ofEvent:)).
          source.appendChild(element("a", { href: "/collections/events/items/" + encodeURIComponent(evidence.id.replace(/#/g, "~")) }, evidence.id));
        } else {
          source.appendChild(document.createTextNode(evidence.id));
        }
        if (evidence.url && /^https?:\/\//i.test(evidence.url)) {
          // The report itself (NAME.meta.json's or the record's url), named by its outlet.
          source.appendChild(document.createTextNode(" · "));
          source.appendChild(element("a", { class: "report", href: evidence.url, rel: "noopener noreferrer", target: "_blank" }, evidence.source || "report"));
        } else if (evidence.source) {
          source.appendChild(document.createTextNode(" · " + evidence.source));
        }
        quote.appendChild(source);
        if (position === 0) {
          item.appendChild(quote);
          if (interval.confirmations > 0) {
            const details = element("details", { class: "confirmations" });
            details.appendChild(element("summary", {}, "confirmed by " + interval.confirmations + (interval.confirmations === 1 ? " later statement" : " later statements")));
            item.appendChild(details);
          }
        } else {
          item.querySelector("details.confirmations").appendChild(quote);
        }
      });
      list.appendChild(item);
    }
    panel.appendChild(list);
    const last = lastReport(district, state.day);
    if (last) panel.appendChild(element("p", { class: "last-report" }, "Last report by " + state.day + ": " + last + " (" + daysBetween(last, state.day) + " days before)"));
    panel.appendChild(element("a", { href: "/collections/district-control/items/" + encodeURIComponent(pcode) + "?datetime=" + state.day }, "This district as GeoJSON on " + state.day));
  }

  // Keeps the address a permalink of what is shown: /map?date=…&district=….
  function updateAddress() {
    const params = new URLSearchParams();
    if (state.day) params.set("date", state.day);
    if (state.selected) params.set("district", state.selected);
    history.replaceState(null, "", location.pathname + "?" + params.toString());
  }

  function select(pcode) {
    if (state.selected) state.shapes.get(state.selected)?.shape.classList.remove("selected");
    state.selected = pcode;
    const entry = state.shapes.get(pcode);
    if (entry) {
      entry.shape.classList.add("selected");
      entry.shape.parentNode.appendChild(entry.shape);
    }
    showHistory(pcode);
    updateAddress();
  }

  async function find(event) {
    event.preventDefault();
    const name = $("query").value.trim();
    $("message").textContent = "";
    if (!name) return;
    try {
      const response = await fetch("/lookup?name=" + encodeURIComponent(name));
      const body = await response.json();
      if (!response.ok) { $("message").textContent = body.detail || "not found"; return; }
      const hit = body.features.find((f) => f.properties.district_pcode && state.shapes.has(f.properties.district_pcode));
      if (!hit) {
        const first = body.features[0];
        $("message").textContent = first ? "'" + name + "' is " + first.properties.level + " " + first.properties.name + "; pick one of its districts" : "not found";
        return;
      }
      if (body.features.length > 1) {
        $("message").textContent = "'" + name + "' may mean " + body.features.length + " places; showing " + hit.properties.name + ", " + hit.properties.province;
      }
      select(hit.properties.district_pcode);
    } catch (error) {
      $("message").textContent = "search failed: " + error;
    }
  }

  async function start() {
    const response = await fetch("/map/data.json");
    state.data = await response.json();
    for (const status of state.data.statuses) { state.colors[status.status] = status.color; state.labels[status.status] = status.label; }
    state.days = dayList(state.data.from, state.data.to);
    draw();
    try { await loadChart(); } catch (error) { $("message").textContent = "cannot load the chart: " + error; }
    const params = new URLSearchParams(location.search || location.hash.slice(1));
    let index = state.days.length - 1;
    const wanted = params.get("date");
    if (wanted && /^\d{4}-\d{2}-\d{2}$/.test(wanted)) {
      const found = state.days.indexOf(wanted);
      if (found >= 0) index = found;
      else if (wanted < state.days[0]) index = 0;
    }
    const slider = $("slider");
    slider.max = String(Math.max(0, state.days.length - 1));
    slider.value = String(index);
    slider.addEventListener("input", () => recolour(state.days[Number(slider.value)]));
    $("search").addEventListener("submit", find);
    recolour(state.days[index]);
    const district = params.get("district");
    if (district && state.shapes.has(district)) select(district);
    document.body.setAttribute("data-ready", "true");
  }

  start().catch((error) => { $("message").textContent = "cannot load the map data: " + error; });
})();
