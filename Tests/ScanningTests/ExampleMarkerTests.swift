@testable import Scanning
import Testing

/// Scanner examples mark where each host is written with `‸`; the marks become the positions the
/// scan must report (1-based line, column in Unicode scalars, as `SourceLocation` counts) and are
/// gone from the text that is scanned.
@Suite struct ExampleMarkerTests {
    @Test func marksBecomePositionsAndLeaveTheText() {
        let (text, marks) = ExampleMarkers.strip("a: ‸db.example.no\nø: \"‸cache.example.no\" ‸x\n")
        #expect(text == "a: db.example.no\nø: \"cache.example.no\" x\n")
        #expect(marks.map { [$0.line, $0.column] } == [[1, 4], [2, 5], [2, 23]])
    }

    @Test func positionlessFindsTakeTheMarksOfTheirFileInOrder() {
        let example = ScannerExample(
            "two files", files: [("a.env", "X=‸one.example.no\nY=‸two.example.no\n"), ("b.env", "Z=‸three.example.no\n")],
            finds: [
                .at("one.example.no", nil, .http), .at("three.example.no", nil, .http, path: "b.env"),
                .at("two.example.no", nil, .http), .init("four.example.no", nil, .http, line: 9, column: 1),
            ])
        #expect(example.files.map(\.content) == ["X=one.example.no\nY=two.example.no\n", "Z=three.example.no\n"])
        #expect(example.finds.map { [$0.line, $0.column] } == [[1, 3], [1, 3], [2, 3], [9, 1]])
        // A positionless find without a mark of its own gets a position no scan reports.
        let short = ScannerExample("no mark", path: "c.env", "X=one.example.no\n", finds: [.at("one.example.no", nil, .http)])
        #expect(short.finds.first?.line == -1)
    }
}
