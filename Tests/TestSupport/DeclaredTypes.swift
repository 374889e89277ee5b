import Foundation

/// The types the source tree declares as conforming to a protocol (`struct NginxScanner:
/// FormatScanner`, `public struct USJurisdictionRule: Rule`), read from the files themselves: a
/// registry test compares them with the registry, so a type written but not registered (which
/// would silently never run) fails the tests.
public enum DeclaredTypes {
    /// Names of the structs under `folder` (relative to the package root) that conform directly
    /// to one of `protocols`.
    public static func structs(under folder: String, conformingTo protocols: [String]) throws -> Set<String> {
        try declarations("struct", under: folder, conformingTo: protocols)
    }

    /// `protocols` and the protocols under `folder` that refine one of them, transitively
    /// (`protocol ContextualRule: Rule`), so a conformance through a refinement is found too.
    public static func refinements(of protocols: [String], under folder: String) throws -> [String] {
        var all = protocols
        while true {
            let more = try declarations("protocol", under: folder, conformingTo: all).subtracting(all)
            if more.isEmpty { return all }
            all += more.sorted()
        }
    }

    private static func declarations(
        _ keyword: String, under folder: String, conformingTo protocols: [String]
    ) throws -> Set<String> {
        let sources = PackagePaths.root.appendingPathComponent(folder)
        let alternatives = protocols.joined(separator: "|")
        let pattern = try Regex(keyword + #"\s+(\w+)\s*:\s*(?:[\w\s,]*,\s*)?(?:"# + alternatives + #")\b"#)
        var names = Set<String>()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for m in text.matches(of: pattern) {
                if let name = m.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }
}
