/// The report's only stylesheet, inlined so the HTML file is self-contained: it opens from an
/// e-mail attachment or an archive without network access, and prints cleanly (no scripts, no
/// fonts or images fetched from anywhere).
enum AuditHTMLStyle {
    static let css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24;line-height:1.45}
        h1{font-size:1.6rem;margin-bottom:.5rem}
        h2{border-bottom:1px solid #d0d7de;padding-bottom:.25rem;margin-top:2rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem}
        th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}
        td.num{text-align:right;white-space:nowrap}
        code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
        .verdict{font-weight:700;font-size:1.15rem;padding:.6rem 1rem;border-radius:6px}
        .verdict.passed{background:#dafbe1;color:#116329}
        .verdict.failed{background:#ffebe9;color:#a40e26}
        .finding{border:1px solid #d0d7de;border-left-width:6px;border-radius:6px;padding:.5rem 1rem;margin:1rem 0;break-inside:avoid}
        .finding h4{margin:.3rem 0}
        .message{white-space:pre-line}
        .finding.critical{border-left-color:#8b0000}
        .finding.high{border-left-color:#cf222e}
        .finding.medium{border-left-color:#bf8700}
        .finding.low{border-left-color:#0969da}
        .finding.info{border-left-color:#6e7781}
        .finding.inactive{opacity:.75}
        .mark{display:inline-block;background:#eaeef2;border-radius:4px;padding:0 .4rem;font-size:.85rem}
        .over{color:#a40e26;font-weight:600}
        dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}
        dl.meta dt{font-weight:600}
        dl.meta dd{margin:0}
        .maps{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
        figure{margin:.5rem 0}
        figure.map{flex:1 1 28rem;max-width:40rem}
        figure.map svg,figure.graph svg{width:100%;height:auto;border:1px solid #d0d7de;border-radius:6px}
        figcaption,.legend{font-size:.85rem;color:#57606a}
        .sea{fill:#eef4fa}
        .land{fill:#e4e2dc;stroke:#9a9a9a;stroke-width:.5}
        .land.outside{fill:#f6c8c8}
        .land.us{fill:#f5e0a8}
        .land.inside{fill:#cfe9d4}
        .pin circle,circle.pin{stroke:#fff;stroke-width:1.5}
        .pin.outside circle,circle.pin.outside{fill:#cf222e}
        .pin.us circle,circle.pin.us{fill:#bf8700}
        .pin.inside circle,circle.pin.inside{fill:#1a7f37}
        text.place{font-size:11px;fill:#1b1f24;paint-order:stroke;stroke:#fff;stroke-width:3px}
        .node rect{fill:#f6f8fa;stroke:#57606a}
        .node.over rect{fill:#ffebe9;stroke:#cf222e;stroke-width:2}
        .node text{font-size:12px;font-family:ui-monospace,Menlo,Consolas,monospace}
        .hop path{fill:none;stroke:#8c959f;stroke-width:1.2}
        .hop.over path{stroke:#cf222e;stroke-width:2.5}
        .hop text{font-size:10px;text-anchor:end;fill:#57606a}
        .hop text.start{text-anchor:start}
        .hop.over text{fill:#a40e26;font-weight:700}
        text.col{font-size:12px;font-weight:700;fill:#57606a}
        tr.group th{text-align:left}
        tr.group.outside th{background:#ffebe9}
        tr.group.unlocated th{background:#fff8c5}
        tr.group.inside th{background:#dafbe1}
        .tally{font-weight:400;font-size:.9rem}
        """
}
