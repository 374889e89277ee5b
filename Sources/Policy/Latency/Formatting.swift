import Foundation

/// Numbers as reports print them: rounded to what an estimate deserves, never locale-dependent
/// (a report must read the same on every machine).
enum Fmt {
    /// `~0.5 ms`, `~8.1 ms`, `~23 ms`, `~110 ms`.
    static func ms(_ value: Double) -> String { "~" + number(value) + " ms" }

    /// `0.5`, `8.1`, `23`.
    static func number(_ value: Double) -> String {
        value < 10 ? String(format: "%.1f", value) : String(Int(value.rounded()))
    }

    /// A model parameter exactly as set: `1.8`, `1.25`, `200`, `3000`.
    static func parameter(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }

    /// `~420 km`, `~0 km`.
    static func km(_ value: Double) -> String { "~\(Int(value.rounded())) km" }
}
