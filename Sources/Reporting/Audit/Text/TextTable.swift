import Foundation
import ResidencyCore

/// Columns padded to their widest cell, two spaces apart; numbers (`rightAligned`) line up on the
/// right. A left-aligned last column is not padded, so lines carry no trailing blanks (diffs of
/// golden files and pasted reports stay clean).
enum TextTable {
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = [], indent: String = "") -> String {
        // One cell, one line: a newline or tab in a host or path would break the table's shape.
        let all = ([header] + rows).map { $0.map(ControlCharacters.line) }
        let widths = header.indices.map { i in all.map { $0[i].count }.max() ?? 0 }
        return all.map { row in
            let cells = row.indices.map { i -> String in
                let gap = String(repeating: " ", count: widths[i] - row[i].count)
                if rightAligned.contains(i) { return gap + row[i] }
                return i == row.count - 1 ? row[i] : row[i] + gap
            }
            return indent + cells.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
