import Foundation
import Testing

@testable import Reporting

/// What `JSONEncoder` with the reports' settings (sorted keys, pretty, slashes unescaped) writes,
/// and the check that `PrettyJSONEncoder` writes exactly that: shared by the suites that hold the
/// fast encoder to Foundation's.
protocol JSONParityChecking {}

extension JSONParityChecking {
    func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func expectSame<T: Encodable>(_ value: T, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let fast = String(decoding: try PrettyJSONEncoder.encode(value), as: UTF8.self)
        #expect(fast == (try foundation(value)), sourceLocation: sourceLocation)
    }
}
