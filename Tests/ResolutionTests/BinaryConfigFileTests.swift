import ConfigFiles
import Foundation
import Resolving
import TestSupport
import Testing

/// Config files that are not text (a NUL byte, bytes that are not UTF-8) are refused with one
/// message naming the file and the line; they were once read as an empty estate and the audit
/// went on with exit 0.
@Suite struct BinaryConfigFileTests {
    static let cases: [(name: String, bytes: [UInt8], line: Int, message: String)] = [
        ("NUL on line 3", Array("version: 1\nsites:\n  a\0: {country: \"NO\"}\n".utf8), 3, "NUL byte"),
        ("NUL first", [0x00, 0x01, 0x02, 0x03], 1, "NUL byte"),
        ("invalid UTF-8 on line 2", Array("version: 1\n".utf8) + [0x68, 0xFF, 0xFE, 0x0A], 2, "not UTF-8"),
        ("lone continuation byte", [0x80, 0x81], 1, "not UTF-8"),
        ("overlong encoding", Array("version: 1\n\n\n".utf8) + [0xC0, 0xAF], 4, "not UTF-8"),
        ("random binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xD8, 0x9B], 1, "NUL byte"),
    ]

    @Test(arguments: cases.indices)
    func estateFileThatIsNotTextNamesFileAndLine(index: Int) {
        let c = Self.cases[index]
        let dir = TemporaryDirectory()
        let url = dir.write("residency.yaml", bytes: c.bytes)
        #expect {
            _ = try EstateFile.load(path: url.path)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("\(url.path):\(c.line): ") && text.contains(c.message) && !text.contains("\n")
        }
    }

    @Test(arguments: cases.indices)
    func catalogueThatIsNotTextNamesFileAndLine(index: Int) {
        let c = Self.cases[index]
        let dir = TemporaryDirectory()
        let url = dir.write("catalogue.yaml", bytes: c.bytes)
        #expect {
            _ = try ProviderCatalogue.load(
                yaml: try ConfigText.read(path: url.path, what: "provider catalogue"), file: url.path)
        } throws: { error in
            "\(error)".hasPrefix("\(url.path):\(c.line): ") && "\(error)".contains(c.message)
        }
    }

    /// A NUL that reached a String some other way (an embedded file) is refused by the parser too.
    @Test func parserRefusesNULInText() {
        #expect {
            _ = try EstateFile.parse(yaml: "version: 1\n\nsites: {}\0garbage", file: "e.yaml")
        } throws: { error in
            "\(error)" == "e.yaml:3: not a text file (a NUL byte: binary content)"
        }
    }

    @Test func textWithMultibyteCharactersIsRead() throws {
        let text = "version: 1\nsites:\n  tromsø: {country: \"NO\", city: Tromsø}\n"
        #expect(try ConfigText.decode(Array(text.utf8), file: "e.yaml") == text)
        #expect(try EstateFile.parse(yaml: text, file: "e.yaml").sites["tromsø"]?.city == "Tromsø")
    }
}
