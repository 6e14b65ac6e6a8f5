/// The report's stylesheet. System fonts only: a web font would be a network fetch.
enum HTMLStyles {
  static let css = """
    :root {
      --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --panel: #fff;
      --accent: #1f4e79; --fail: #c62828; --pass: #2e7d32; --mute: #8a94a0; --ne: #7b4fb3;
      --crit: #8e0e0e; --high: #d9480f; --med: #e0a100; --low: #2f6fb7; --info: #7b8794;
    }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--bg); color: var(--ink);
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
        Arial, sans-serif; }
    code, pre, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas,
      "Liberation Mono", monospace; font-size: 12.5px; }
    .top { background: #102a43; color: #f0f4f8; padding: 18px 32px 14px; }
    .brand { font-size: 20px; font-weight: 600; letter-spacing: .2px; }
    .brand span { font-weight: 400; color: #9fb3c8; }
    .brand .logo { color: #f0b429; }
    .facts { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 12px 0 4px; }
    .facts div { min-width: 0; }
    .facts dt { font-size: 11px; text-transform: uppercase; letter-spacing: .6px;
      color: #9fb3c8; }
    .facts dd { margin: 0; font-weight: 500; overflow-wrap: anywhere; }
    .scan-id { font-size: 11px; color: #829ab1; }
    .nav { position: sticky; top: 0; z-index: 5; background: #fff;
      border-bottom: 1px solid var(--line); padding: 0 24px; }
    .nav a { display: inline-block; padding: 10px 12px; color: var(--accent);
      text-decoration: none; font-weight: 500; }
    .nav a:hover { background: var(--bg); }
    main { padding: 8px 32px 48px; max-width: 1600px; margin: 0 auto; }
    h2 { font-size: 18px; margin: 28px 0 12px; }
    .notice { background: #fff4e5; border: 1px solid #f0b429; padding: 10px 14px;
      border-radius: 6px; }
    .hint { color: var(--muted); margin-top: -4px; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr));
      gap: 12px; }
    .card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
      padding: 12px 14px; border-top: 4px solid var(--accent); }
    .card .num { font-size: 24px; font-weight: 600; }
    .card .label { color: var(--muted); font-size: 12px; }
    .card.fail { border-top-color: var(--fail); } .card.pass { border-top-color: var(--pass); }
    .card.muted { border-top-color: var(--mute); } .card.ne { border-top-color: var(--ne); }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr));
      gap: 16px; margin-top: 16px; }
    .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
      padding: 12px 16px; margin: 0; min-width: 0; }
    .panel.wide { grid-column: span 2; }
    figcaption { font-weight: 600; margin-bottom: 8px; }
    .chart { display: block; width: 100%; height: auto; }
    .chart text { font-size: 12px; fill: var(--ink); }
    .chart .dim { fill: var(--muted); }
    .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; }
    .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px;
      margin-right: 5px; vertical-align: -1px; }
    .empty { color: var(--muted); font-style: italic; padding: 20px 0; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 10px; }
    .toolbar input { flex: 1 1 260px; }
    input, select, button { font: inherit; padding: 6px 8px; border: 1px solid #cbd2d9;
      border-radius: 6px; background: #fff; color: var(--ink); }
    button { cursor: pointer; } button:hover { background: var(--bg); }
    button:disabled { color: #b0b8c1; cursor: default; }
    .table-wrap { background: var(--panel); border: 1px solid var(--line);
      border-radius: 8px; overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line);
      vertical-align: top; }
    th { background: #f0f4f8; font-size: 12px; text-transform: uppercase;
      letter-spacing: .4px; color: var(--muted); white-space: nowrap; }
    th[data-sort] { cursor: pointer; user-select: none; }
    th[aria-sort="ascending"]::after { content: " \\25B2"; }
    th[aria-sort="descending"]::after { content: " \\25BC"; }
    tr.finding-row { cursor: pointer; }
    tr.finding-row:hover { background: #f8fafc; }
    tr.finding-row.open { background: #eef4fb; }
    td small { display: block; color: var(--muted); overflow-wrap: anywhere; }
    td.message { max-width: 420px; overflow-wrap: anywhere; }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
      font-weight: 600; color: #fff; white-space: nowrap; }
    .s-fail { background: var(--fail); } .s-pass { background: var(--pass); }
    .s-muted { background: var(--mute); } .s-not_evaluated { background: var(--ne); }
    .v-critical { background: var(--crit); } .v-high { background: var(--high); }
    .v-medium { background: var(--med); color: #1f2933; } .v-low { background: var(--low); }
    .v-informational { background: var(--info); }
    .pager { display: flex; align-items: center; gap: 12px; margin-top: 10px; }
    .pager label { margin-left: auto; color: var(--muted); }
    td.detail { background: #fbfcfe; padding: 14px 18px; }
    .detail-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 20px; }
    .detail h4 { margin: 10px 0 4px; font-size: 13px; }
    .detail h4:first-child { margin-top: 0; }
    .detail p { margin: 0 0 6px; }
    .evidence { margin: 0; }
    .evidence div { display: flex; gap: 8px; padding: 2px 0; }
    .evidence dt { color: var(--muted); }
    .evidence dd { margin: 0; overflow-wrap: anywhere; }
    .snippet { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0;
      background: #fff; }
    .snippet header { display: flex; justify-content: space-between; align-items: center;
      padding: 3px 8px; background: #f0f4f8; font-size: 12px; font-weight: 600; }
    .snippet button { padding: 2px 8px; font-size: 12px; }
    .snippet pre { margin: 0; padding: 8px 10px; overflow-x: auto; white-space: pre; }
    .tag { display: inline-block; background: #e8eef5; color: var(--accent);
      border-radius: 4px; padding: 0 6px; margin: 0 4px 4px 0; font-size: 12px; }
    details.framework { background: var(--panel); border: 1px solid var(--line);
      border-radius: 8px; margin-bottom: 8px; }
    details.framework summary { padding: 10px 14px; cursor: pointer; display: flex;
      gap: 16px; align-items: center; }
    details.framework summary .name { font-weight: 600; min-width: 180px; }
    .meter { flex: 0 0 200px; height: 8px; background: #f3d6d6; border-radius: 4px;
      overflow: hidden; }
    .meter i { display: block; height: 100%; background: var(--pass); }
    details.framework table { border-top: 1px solid var(--line); }
    ul.refs { margin: 0; padding-left: 18px; }
    """
}
