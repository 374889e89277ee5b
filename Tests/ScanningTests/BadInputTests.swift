import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// Bad input never crashes or hangs the scan: each bad file is exactly one config-error
/// diagnostic (or a skipped binary), and the good files beside it are still scanned (issue 2).
@Suite(.timeLimit(.minutes(2)))
struct BadInputTests {
    @Test("the scan completes and every good file beside the bad ones is scanned")
    func goodFilesStillScanned() {
        let corpus = BadInputCorpus()
        let result = ScanEngine().scan(root: corpus.root)
        for g in corpus.good {
            if g.needsFormatScanner && !BadInputCorpus.claimedByFormatScanner(g.path) { continue }
            let sources = result.endpoints.filter { $0.host == g.host }.flatMap(\.sources)
            // Exactly once: the directory link `bad/up -> ..` must not make anything scanned twice.
            #expect(
                sources.count == 1, "\(g.host) in \(g.path): \(sources.map { "\($0.path):\($0.line):\($0.column)" })")
            #expect(sources.allSatisfy { $0.path == g.path }, "\(g.host) reported from \(sources.map(\.path))")
            if let line = g.line, let column = g.column, let s = sources.first {
                #expect(
                    s.line == line && s.column == column,
                    "\(g.path): host at \(s.line):\(s.column), want \(line):\(column)")
            }
        }
        #expect(
            result.diagnostics.allSatisfy { !$0.path.hasPrefix("good/") }, "good files raised \(result.diagnostics)")
    }

    @Test("each bad file is exactly one diagnostic, or a skipped binary")
    func eachBadFileOnce() {
        let corpus = BadInputCorpus()
        let result = ScanEngine().scan(root: corpus.root)
        var expectedTotal = 0
        for b in corpus.bad {
            let mine = result.diagnostics.filter { $0.path == b.path }
            let context = "\(b.path): \(mine.map(\.message))"
            switch b.expectation {
            case .diagnostic:
                #expect(mine.count == 1, "\(context)")
                expectedTotal += 1
            case .parseErrorIfClaimed:
                if BadInputCorpus.claimedByFormatScanner(b.path) {
                    #expect(mine.count == 1, "\(context)")
                    #expect(mine.first?.line != nil, "a parse error names its line: \(context)")
                    expectedTotal += 1
                } else {
                    #expect(mine.isEmpty, "\(context)")
                }
            case .skippedBinary:
                #expect(mine.isEmpty, "\(context)")
                #expect(result.skippedBinary.contains(b.path))
            case .notRead:
                // Not read, but not dropped silently either: one diagnostic says what it is.
                #expect(mine.count == 1, "\(context)")
                #expect(mine.first?.message.contains("named pipe") == true, "\(context)")
                expectedTotal += mine.count
            case .unreadableUnlessPrivileged:
                if corpus.unreadableIsReadable {
                    #expect(mine.isEmpty, "\(context)")
                    #expect(result.endpoints.contains { $0.host == "unreadable.db.nordicshop.example.no" })
                } else {
                    #expect(mine.count == 1, "\(context)")
                    expectedTotal += 1
                }
            }
            for d in mine { #expect(!d.message.isEmpty) }
        }
        #expect(result.diagnostics.count == expectedTotal, "\(result.diagnostics.map(\.position))")
        #expect(result.skippedBinary == ["bad/blob.dat"])
    }

    @Test("nothing is read through a link leaving the tree, from a binary, or past the size limit")
    func nothingLeaks() throws {
        let corpus = BadInputCorpus()
        let result = ScanEngine().scan(root: corpus.root)
        let hosts = Set(result.endpoints.map(\.host))
        for h in corpus.forbiddenHosts + [
            "binary.db.nordicshop.example.no", "huge.db.nordicshop.example.no",
            "latin1.db.nordicshop.example.no",
        ] {
            #expect(!hosts.contains(h), "\(h) was reported")
        }
        // Diagnostics name the file, never its content.
        let text =
            result.diagnostics.map { "\($0.position) \($0.message)" }.joined(separator: "\n")
            + result.endpoints.flatMap(\.sources).map(\.context).joined(separator: "\n")
        for secret in corpus.secrets { #expect(!text.contains(secret)) }
        #expect(result.endpoints.allSatisfy { !$0.sources.contains { $0.path.hasPrefix("bad/up/") } })
    }

    @Test("a smaller size limit turns an ordinary file into one diagnostic")
    func sizeLimitOption() {
        let dir = TemporaryDirectory()
        dir.write("a.env", "DATABASE_URL=postgres://small.db.nordicshop.example.no/app\n")
        dir.write(
            "b.env",
            "DATABASE_URL=postgres://kept.db.nordicshop.example.no/app\n" + String(repeating: "# x\n", count: 64))
        let result = ScanEngine(options: ScanOptions(maxFileSize: 128)).scan(root: dir.url)
        #expect(result.diagnostics.map(\.path) == ["b.env"])
        #expect(result.endpoints.map(\.host) == ["small.db.nordicshop.example.no"])
    }
}
