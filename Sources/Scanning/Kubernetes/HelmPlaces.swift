import ResidencyCore

/// Puts what was found in a rendered Helm template back in the template as written: a place
/// after a replaced action moves back by the replacement's extra width, a host inside a value
/// is placed on the action (`{{ .Values.eum.url }}`) and also, as a second source, where the
/// value is written in values.yaml or its variant. A variant's rendering carries a path of its
/// own (`template\0n`) until here, so its places are mapped with its own replacements.
enum HelmPlaces {
    static func restore(_ out: inout ScanOutput, _ partials: [KubernetesFacts]) {
        var byPath: [String: [Int: [HelmRender.Substitution]]] = [:]
        var realPath: [String: String] = [:]
        for p in partials.flatMap({ [$0] + $0.variants }) {
            let real = String(p.file.path.split(separator: "\u{0}", omittingEmptySubsequences: false)[0])
            if real != p.file.path { realPath[p.file.path] = real }
            guard !p.helm.isEmpty else { continue }
            byPath[p.file.path] = Dictionary(grouping: p.helm, by: \.line)
        }
        guard !byPath.isEmpty || !realPath.isEmpty else { return }
        var added: [EndpointReference] = []
        for i in out.references.indices {
            let (place, values) = map(out.references[i].location, byPath, realPath)
            out.references[i].location = place
            if let values {
                var second = out.references[i]
                second.location = values
                added.append(second)
            }
        }
        out.references += added
        for i in out.unresolved.indices {
            out.unresolved[i].location = map(out.unresolved[i].location, byPath, realPath).0
        }
        for i in out.diagnostics.indices {
            if let real = realPath[out.diagnostics[i].path] { out.diagnostics[i].path = real }
        }
    }

    /// The template's place of a rendered one, and the values file's place when it lies in a value.
    static func map(
        _ l: SourceLocation, _ byPath: [String: [Int: [HelmRender.Substitution]]],
        _ realPath: [String: String]
    ) -> (SourceLocation, SourceLocation?) {
        var place = l
        if let real = realPath[l.path] { place.path = real }
        guard let subs = byPath[l.path]?[l.line] else { return (place, nil) }
        var shift = 0
        for s in subs {
            if l.column >= s.renderedEnd {
                shift += s.delta
                continue
            }
            if l.column >= s.renderedStart {
                place.column = s.templateColumn
                var values = s.valuesPlace
                values.context = l.context
                if s.verbatim { values.column += max(0, l.column - s.valueColumn) }
                return (place, values)
            }
            break
        }
        place.column = l.column - shift
        return (place, nil)
    }
}
