/// The keys of one mapping read by `ConfigNode.fields`, asked for by name. `required` and
/// `optional` throw instead of trapping, so a key the loader asks for but forgot to declare (or
/// declared optional and then treats as required) is an error naming file and line, never a
/// crash of the auditor on a user's file.
public struct ConfigFields {
    /// What the mapping is (`latency.origin`), for messages.
    public let what: String
    /// The mapping itself: missing keys are reported at its line.
    public let node: ConfigNode
    let values: [String: ConfigNode]
    let requiredKeys: Set<String>
    let optionalKeys: Set<String>

    /// The value of a key declared required; present, because `fields` checked it.
    public func required(_ key: String) throws(ConfigFileError) -> ConfigNode {
        guard requiredKeys.contains(key) else { throw undeclared(key, as: "required") }
        guard let value = values[key] else { throw node.fail("\(what): missing required key '\(key)'") }
        return value
    }

    /// The value of a key declared optional, nil when the file leaves it out.
    public func optional(_ key: String) throws(ConfigFileError) -> ConfigNode? {
        guard optionalKeys.contains(key) else { throw undeclared(key, as: "optional") }
        return values[key]
    }

    private func undeclared(_ key: String, as kind: String) -> ConfigFileError {
        node.fail(
            "\(what): '\(key)' is read as \(kind) but not declared \(kind) (a defect of residency, please report it)")
    }
}
