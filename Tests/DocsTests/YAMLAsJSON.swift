import Foundation
import Yams

/// A YAML document as the JSON value a YAML 1.2 reader gives (the core schema: what YAML editors
/// and `yq` apply a JSON Schema to). Plain scalars become null, booleans, integers or floats when
/// they look like one, everything else a string; so `country: NO` stays the string "NO" and
/// `expires: 2027-09-30` the string "2027-09-30", as residency reads them.
enum YAMLAsJSON {
    static func convert(_ yaml: String) throws -> Any {
        guard let node = try Yams.compose(yaml: yaml) else { return [String: Any]() }
        return value(node)
    }

    static func value(_ node: Node) -> Any {
        switch node {
        case .scalar(let s):
            return s.style == .plain ? plain(s.string) : s.string
        case .mapping(let m):
            var object: [String: Any] = [:]
            for (k, v) in m { object[k.scalar?.string ?? "\(k)"] = value(v) }
            return object
        case .sequence(let seq):
            return seq.map(value)
        case .alias:
            return NSNull()
        }
    }

    private static func plain(_ s: String) -> Any {
        switch s {
        case "", "~", "null", "Null", "NULL": return NSNull()
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: break
        }
        if s.wholeMatch(of: /[-+]?[0-9]+/) != nil, let i = Int(s) { return i }
        if s.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil, let d = Double(s) {
            return d
        }
        return s
    }
}
