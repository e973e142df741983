extension MapPage {
  /// `/map/app.js`: draws the districts as SVG from `/map/data.json`, colours them for the
  /// slider's day, keeps the legend's counts and areas, shows a district's history on click and
  /// finds districts through `/lookup`. Plain DOM code; every text from the data is set with
  /// `textContent`, never parsed as HTML.
  static let script = #"""
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

      function statusOn(district, day) {
        for (const interval of district.intervals) {
          if (interval.from <= day && (interval.to === null || day < interval.to)) return interval.status;
        }
        return "unknown";
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

      function recolour(day) {
        state.day = day;
        $("date-label").textContent = day;
        $("map").setAttribute("data-date", day);
        const counts = {}, areas = {};
        for (const status of state.data.statuses) { counts[status.status] = 0; areas[status.status] = 0; }
        for (const { district, shape, title } of state.shapes.values()) {
          const status = statusOn(district, day);
          shape.setAttribute("fill", state.colors[status]);
          shape.setAttribute("data-status", status);
          title.textContent = district.name + " (" + district.province + "): " + state.labels[status];
          counts[status] += 1;
          areas[status] += district.area_km2 || 0;
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
        if (state.selected) showHistory(state.selected);
      }

      function showHistory(pcode) {
        const entry = state.shapes.get(pcode);
        const panel = $("history");
        panel.textContent = "";
        if (!entry) return;
        const district = entry.district;
        panel.appendChild(element("h2", {}, district.name + ", " + district.province + " (" + district.pcode + ")"));
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
          for (const evidence of interval.evidence) {
            const quote = element("blockquote");
            quote.appendChild(element("div", {}, evidence.sentence || "(baseline)"));
            const source = element("small");
            source.appendChild(document.createTextNode(evidence.date + " · " + evidence.type + (evidence.via_province ? " (reported for the province) " : " ") + "· "));
            if (evidence.event) {
              source.appendChild(element("a", { href: "/collections/events/items/" + encodeURIComponent(evidence.id) }, evidence.id));
            } else {
              source.appendChild(document.createTextNode(evidence.id));
            }
            quote.appendChild(source);
            item.appendChild(quote);
          }
          list.appendChild(item);
        }
        panel.appendChild(list);
        panel.appendChild(element("a", { href: "/collections/district-control/items/" + encodeURIComponent(pcode) + "?datetime=" + state.day }, "This district as GeoJSON on " + state.day));
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

    """#
}
