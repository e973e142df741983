extension MapPage {
  /// `/map`: the page skeleton. `?date=YYYY-MM-DD` sets the slider, `?district=AF1310` opens a
  /// district's history.
  static let html = #"""
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Frontline – district control</title>
    <link rel="stylesheet" href="/map/style.css">
    </head>
    <body>
    <header>
      <h1>District control in Afghanistan, 2021</h1>
      <form id="search" autocomplete="off">
        <input id="query" type="search" placeholder="Find a district (any spelling)" aria-label="District name" maxlength="200">
        <button type="submit">Find</button>
      </form>
    </header>
    <main>
      <section id="map-panel">
        <div id="controls">
          <label for="slider">Date <output id="date-label"></output></label>
          <input id="slider" type="range" min="0" max="0" step="1" value="0">
        </div>
        <div id="chart" role="img" aria-label="Districts and area per status over time; the line marks the slider's date"></div>
        <svg id="map" role="img" aria-label="Districts coloured by control status" xmlns="http://www.w3.org/2000/svg"></svg>
      </section>
      <aside>
        <table id="legend"><thead><tr><th></th><th>Status</th><th>Districts</th><th>km²</th></tr></thead><tbody></tbody></table>
        <p id="message" role="status"></p>
        <div id="history"><p class="hint">Click a district to see how its status changed and the sentences that said so.</p></div>
      </aside>
    </main>
    <footer>Status as reported in English news, extracted by Frontline. Data: <a href="/collections">OGC API – Features</a>, <a href="/api">OpenAPI</a>.</footer>
    <script src="/map/app.js"></script>
    </body>
    </html>

    """#
}
