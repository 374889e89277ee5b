import ConfigFiles
import Foundation

/// Turns policy files into the `Policy` in force. `extends` names a shipped policy (or a file
/// loaded earlier in the same run); the extended policies are applied first, then the file's own
/// sections, each of which replaces the whole section it names (no field-by-field mixing, so a
/// section always reads as written in one place). Several `--policy` files merge the same way,
/// in order. Cycles, unknown names and invalid files are errors naming file and line.
public enum PolicyLoader {
    /// The built-in default policy (`policies/default.yaml`). PolicyTests prove the shipped
    /// files valid; should a build ship an invalid one all the same, the run stops with its error.
    public static func shipped() throws(PolicyError) -> Policy {
        do {
            return try resolve(
                name: "default", known: shippedFiles(), stack: [], file: "policies/default.yaml", line: nil)
        } catch let e as PolicyError {
            throw e
        } catch {
            throw PolicyError(file: "policies/default.yaml", line: nil, message: "\(error)")
        }
    }

    /// A shipped policy by name (`gdpr-eea`, `schrems-ii`, `norway-latency`, `default`).
    public static func shipped(named name: String) -> Policy? {
        guard (try? shippedFiles())?[name] != nil else { return nil }
        return try? resolve(name: name, known: shippedFiles(), stack: [], file: "policies/\(name).yaml", line: nil)
    }

    /// `--policy FILE...`: each file (and what it extends) applied in order.
    public static func load(files: [String]) throws(PolicyError) -> Policy {
        do {
            var known = try shippedFiles()
            var result = Policy()
            for path in files {
                let text = try ConfigText.read(path: path, what: "policy file")
                let file = try PolicyFile.parse(yaml: text, file: path)
                known[file.name] = (file, path)
                let policy = try resolve(name: file.name, known: known, stack: [], file: path, line: nil)
                result = merge(result, policy)
            }
            return result
        } catch let e as PolicyError {
            throw e
        } catch {
            throw PolicyError(file: files.first ?? "policy", line: nil, message: "\(error)")
        }
    }

    /// Parses one policy text, its `extends` resolved against the shipped policies.
    public static func parse(yaml: String, file: String) throws(PolicyError) -> Policy {
        do {
            var known = try shippedFiles()
            let parsed = try PolicyFile.parse(yaml: yaml, file: file)
            known[parsed.name] = (parsed, file)
            return try resolve(name: parsed.name, known: known, stack: [], file: file, line: nil)
        } catch let e as PolicyError {
            throw e
        } catch {
            throw PolicyError(file: file, line: nil, message: "\(error)")
        }
    }

    // MARK: -

    private static func shippedFiles() throws -> [String: (PolicyFile, String)] {
        var out: [String: (PolicyFile, String)] = [:]
        for (name, text) in ShippedPolicies.files {
            let path = "policies/\(name).yaml"
            out[name] = (try PolicyFile.parse(yaml: text, file: path), path)
        }
        return out
    }

    private static func resolve(
        name: String, known: [String: (PolicyFile, String)], stack: [String],
        file: String, line: Int?
    ) throws -> Policy {
        guard let (policyFile, path) = known[name] else {
            throw PolicyError(
                file: file, line: line,
                message:
                    "extends '\(name)', which is neither a shipped policy (\(ShippedPolicies.files.map(\.0).sorted().joined(separator: ", "))) nor a file given before"
            )
        }
        guard !stack.contains(name) else {
            throw PolicyError(
                file: file, line: line, message: "extends cycle: \((stack + [name]).joined(separator: " → "))")
        }
        var result = Policy()
        for parent in policyFile.extends {
            result = merge(
                result,
                try resolve(name: parent.name, known: known, stack: stack + [name], file: path, line: parent.line))
        }
        let own = Policy(
            names: [name], residency: policyFile.residency, jurisdiction: policyFile.jurisdiction,
            latency: policyFile.latency, geodata: policyFile.geodata,
            reviewed: policyFile.reviewed.map { [name: $0] } ?? [:])
        return merge(result, own)
    }

    /// `later`'s sections replace `earlier`'s; names accumulate once each, in order.
    static func merge(_ earlier: Policy, _ later: Policy) -> Policy {
        var names = earlier.names
        for n in later.names where !names.contains(n) { names.append(n) }
        return Policy(
            names: names, residency: later.residency ?? earlier.residency,
            jurisdiction: later.jurisdiction ?? earlier.jurisdiction,
            latency: later.latency ?? earlier.latency, geodata: later.geodata ?? earlier.geodata,
            reviewed: earlier.reviewed.merging(later.reviewed) { _, l in l })
    }
}
