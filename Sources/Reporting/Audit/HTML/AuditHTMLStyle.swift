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
    """
}
