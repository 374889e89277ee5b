import Foundation
import ResidencyCore

/// A program's own file carried in a ConfigMap key (`logstash.conf: |`, `haproxy.cfg: |`, a
/// Fluent Bit `fluent-bit.conf`) read by the scanner of its format, as the engine would read it
/// standalone: the first format scanner that accepts the key as a file name and recognizes the
/// content takes it, and every place it reports is mapped back to the manifest.
enum EmbeddedScan {
    /// Keys whose settings the ConfigMap reader already reads itself (and links to workloads).
    static func isSettingsFile(_ key: String) -> Bool {
        let k = key.lowercased()
        return [".properties", ".yaml", ".yml", ".env"].contains { k.hasSuffix($0) } || k == ".env"
    }

    /// What the scanner of the embedded file's format finds, placed in the manifest; nil when no
    /// scanner but the text fallback would take it.
    static func scan(key: String, embedded: EmbeddedFile, in manifest: SourceFile) -> ScanOutput? {
        guard !isSettingsFile(key), key.contains(".") else { return nil }
        let virtual = SourceFile(path: key, text: SourceText(embedded.content))
        // A root no file is read from: an embedded file's includes cannot be followed.
        let context = ScanContext(root: URL(fileURLWithPath: "/nonexistent-embedded-root"))
        // Not Kubernetes (a manifest in a ConfigMap is data, not applied) and not nginx, whose
        // routes and upstreams the service graph reads from files it can follow includes in.
        for scanner in ScannerRegistry.formatScanners
        where !(scanner is KubernetesScanner) && !(scanner is NginxScanner) {
            if let out = run(scanner, virtual, context) {
                return place(out, from: virtual, via: embedded, in: manifest)
            }
        }
        return nil
    }

    private static func run<S: FormatScanner>(_ s: S, _ file: SourceFile, _ context: ScanContext) -> ScanOutput? {
        guard s.accepts(path: file.path), s.recognizes(file), let partial = s.scan(file, context: context) else {
            return nil
        }
        return s.link([partial], context: context)
    }

    /// Each reference and placeholder moved from its place in the embedded text to the manifest.
    private static func place(
        _ out: ScanOutput, from virtual: SourceFile, via embedded: EmbeddedFile,
        in manifest: SourceFile
    ) -> ScanOutput {
        func moved(_ l: SourceLocation, host: String) -> SourceLocation {
            let offset = virtual.text.byteOffset(line: l.line, column: l.column)
            let context = "embedded \(virtual.path): \(l.context)"
            switch embedded.locate(offset) {
            case .verbatim(let o): return manifest.location(ofByte: o, context: context)
            case .search(let from):
                return manifest.location(ofByte: manifest.text.find(host, from: from) ?? from, context: context)
            case .fixed(let line, let column):
                return SourceLocation(path: manifest.path, line: line, column: column, context: context)
            }
        }
        var result = out
        result.references = out.references.map { r in
            var r = r
            r.location = moved(r.location, host: r.host)
            return r
        }
        result.unresolved = out.unresolved.map { u in
            var u = u
            u.location = moved(u.location, host: u.variable)
            return u
        }
        result.diagnostics = out.diagnostics.map { d in
            let at = moved(
                SourceLocation(path: virtual.path, line: d.line ?? 1, column: d.column ?? 1, context: ""), host: "")
            return Diagnostic(
                path: manifest.path, line: at.line, column: at.column, message: "embedded \(virtual.path): \(d.message)"
            )
        }
        // Routes, upstreams and edges name places in the embedded file only: not carried over.
        result.routes = []
        result.upstreams = []
        result.edges = []
        return result
    }
}
