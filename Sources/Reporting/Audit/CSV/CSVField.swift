import Foundation
import ResidencyCore

/// One CSV field per RFC 4180, made safe to open in a spreadsheet.
///
/// Formula injection (CWE-1236, OWASP "CSV Injection"): a spreadsheet runs a cell starting with
/// `=`, `+`, `-` or `@` (and, in some, a tab or carriage return) as a formula, and finding text
/// quotes config files written by anyone. Such a field gets a leading `'`, which spreadsheets
/// show as text and do not display; a program reading the CSV sees the `'`. Numbers we write
/// never start with these characters, so they are unaffected.
///
/// Other control characters become U+FFFD (see `ControlCharacters`); then the field is quoted when it holds a comma, a double quote, CR or LF, with inner quotes
/// doubled.
enum CSVField {
    static func encode(_ value: String) -> String {
        var field = ControlCharacters.replace(in: value, keeping: ["\n", "\r", "\t"])
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            field = "'" + field
        }
        // On the bytes: a comma, quote, CR or LF (a CRLF character is made of the last two).
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
