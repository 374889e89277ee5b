/// How bad a finding is. The raw values are part of the JSON contract and of `--fail-on`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case critical, high, medium, low, info

    /// Higher is worse: `critical > high > … > info`.
    public var rank: Int {
        switch self {
        case .critical: return 4
        case .high: return 3
        case .medium: return 2
        case .low: return 1
        case .info: return 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The CI gate (`--fail-on`): a severity, or `none` to never fail on findings.
public enum FailThreshold: Sendable, Hashable, Codable, CustomStringConvertible {
    case severity(Severity)
    case none

    public init?(_ text: String) {
        if text == "none" {
            self = .none
        } else if let s = Severity(rawValue: text) {
            self = .severity(s)
        } else {
            return nil
        }
    }

    /// Whether an unsuppressed, non-baselined finding of this severity fails the gate.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .none: return false
        case .severity(let threshold): return severity >= threshold
        }
    }

    public var description: String {
        switch self {
        case .none: return "none"
        case .severity(let s): return s.rawValue
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = FailThreshold(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "unknown threshold '\(text)'"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
