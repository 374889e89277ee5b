import Foundation
import ResidencyCore

/// The values a Helm chart renders its templates with: the chart's `values.yaml` (the chart root
/// is the nearest folder above the template holding a `Chart.yaml`), flattened to `a.b.c` keys,
/// each with the file and place it is written. Each `values-*.yaml` beside it is an environment
/// variant (`helm install -f values-prod.yaml`): the defaults with its own keys laid over them.
struct HelmValues: Sendable {
    struct Entry: Sendable {
        var value: String
        var file: SourceFile
        var origin: ValueOrigin
    }

    /// The values file this set is named for (`values.yaml`, or the variant's own file).
    var file: String
    var entries: [String: Entry]

    /// The chart's values and its variants for a template, or nil when the template is in no
    /// chart or the chart has no readable values file.
    static func forTemplate(_ path: String, context: ScanContext) -> (base: HelmValues, variants: [HelmValues])? {
        var folders = path.split(separator: "/").dropLast().map(String.init)
        while true {
            let prefix = folders.isEmpty ? "" : folders.joined(separator: "/") + "/"
            if case .success = context.read(relativePath: prefix + "Chart.yaml") {
                return chart(at: prefix, context: context)
            }
            guard !folders.isEmpty else { return nil }
            folders.removeLast()
        }
    }

    private static func chart(at prefix: String, context: ScanContext) -> (base: HelmValues, variants: [HelmValues])? {
        guard let base = load(prefix + "values.yaml", context: context) ?? load(prefix + "values.yml", context: context)
        else { return nil }
        // The chart folder alone is listed (a glob would walk every subchart below it, per template).
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: context.root.appendingPathComponent(prefix).path))
            ?? []
        let variants = names.filter { $0.hasPrefix("values-") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted()
            .compactMap { load(prefix + $0, context: context) }
            .map { variant in HelmValues(file: variant.file, entries: base.entries.merging(variant.entries) { $1 }) }
        return (base, variants)
    }

    /// A values file's scalars; null and empty ones count as unset. A file that does not parse
    /// gives nothing (its text is still read by the text fallback).
    private static func load(_ path: String, context: ScanContext) -> HelmValues? {
        guard case .success(let file) = context.read(relativePath: path) else { return nil }
        let (documents, failure) = YAMLSettings.read(file.text)
        guard failure == nil, let first = documents.first else { return nil }
        var entries: [String: Entry] = [:]
        for s in first.settings where !["", "null", "~", "Null", "NULL"].contains(s.value) {
            entries[s.key] = Entry(value: s.value, file: file, origin: s.origin)
        }
        return HelmValues(file: path, entries: entries)
    }

    /// Where a value is written in its values file: (line, column) of its first character.
    func place(of entry: Entry) -> SourceLocation {
        let p: (line: Int, column: Int)
        switch entry.origin {
        case .verbatim(let at), .search(let at): p = entry.file.text.position(ofByte: at)
        case .fixed(let line, let column): p = (line, column)
        }
        return SourceLocation(path: entry.file.path, line: p.line, column: p.column)
    }
}
