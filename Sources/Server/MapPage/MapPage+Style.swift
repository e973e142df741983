extension MapPage {
  /// `/map/style.css`.
  static let style = #"""
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1d2327; background: #fafafa; }
    header { display: flex; align-items: center; justify-content: space-between; gap: 1em; padding: .5em 1em; background: #2c3e50; color: #fff; }
    header h1 { font-size: 1.1em; margin: 0; font-weight: 600; }
    #search input { width: 16em; padding: .3em .5em; }
    main { display: flex; gap: 1em; padding: .5em 1em; align-items: flex-start; }
    #map-panel { flex: 1 1 auto; min-width: 0; }
    #controls { display: flex; align-items: center; gap: 1em; margin-bottom: .3em; }
    #controls label { white-space: nowrap; font-weight: 600; }
    #slider { flex: 1 1 auto; }
    #chart svg { width: 100%; height: auto; display: block; cursor: crosshair; margin-bottom: .3em; }
    #map { width: 100%; height: auto; display: block; background: #fff; border: 1px solid #ddd; }
    #map .district { stroke: #fff; stroke-width: .6; cursor: pointer; }
    #map .district:hover { stroke: #000; stroke-width: 1.2; }
    #map .district.selected { stroke: #000; stroke-width: 2; }
    #map .outline { fill: none; stroke: #555; stroke-width: .9; pointer-events: none; }
    aside { flex: 0 0 22em; max-height: calc(100vh - 6em); overflow: auto; }
    #legend { border-collapse: collapse; width: 100%; background: #fff; }
    #legend th, #legend td { padding: .2em .4em; border-bottom: 1px solid #eee; text-align: left; }
    #legend td.number { text-align: right; font-variant-numeric: tabular-nums; }
    .swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid #999; vertical-align: middle; }
    #message { min-height: 1.4em; color: #8e2b20; }
    #history h2 { font-size: 1.05em; margin: .3em 0; }
    #history ol { padding-left: 1.2em; }
    #history li { margin-bottom: .6em; }
    #history blockquote { margin: .2em 0 .2em .5em; padding-left: .5em; border-left: 3px solid #ccc; }
    #history blockquote.opening { border-left-color: #555; }
    #history details summary { cursor: pointer; color: #444; margin-left: .5em; }
    .stale-row td { color: #555; font-size: .9em; }
    .status { font-weight: 600; padding: 0 .3em; border-radius: 3px; color: #fff; }
    .hint { color: #666; }
    footer { padding: .5em 1em; color: #666; font-size: .9em; }
    """#
}
