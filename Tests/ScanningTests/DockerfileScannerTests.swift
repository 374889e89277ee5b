import Testing

@testable import Scanning

struct DockerfileScannerTests {
    @Test("instructions: continuations joined, comments inside them dropped, words at their offsets")
    func instructions() {
        let text = "FROM x\nENV A=1 \\\n  # note\n  B=\"two words\"\nARG C\n"
        let ins = DockerfileInstructions.parse(Array(text.utf8))
        #expect(ins.map(\.keyword) == ["FROM", "ENV", "ARG"])
        #expect(ins[1].words.map(\.text) == ["A=1", "B=two words"])
        #expect(ins[1].words[1].offset == text.utf8.count - "B=\"two words\"\nARG C\n".utf8.count)
    }

    @Test("legacy ENV keeps the whole rest of the line as the value")
    func legacyEnv() {
        let ins = DockerfileInstructions.parse(Array("ENV DB_URL postgres://db.example.no:5432/x\n".utf8))
        let pairs = DockerfileScanner.pairs(ins[0])
        #expect(pairs.map(\.key) == ["DB_URL"])
        #expect(pairs.map(\.value) == ["postgres://db.example.no:5432/x"])
    }

    @Test("accepted names")
    func names() {
        let s = DockerfileScanner()
        #expect(
            s.accepts(path: "a/Dockerfile") && s.accepts(path: "Dockerfile.prod") && s.accepts(path: "api.dockerfile"))
        #expect(
            s.accepts(path: "Containerfile")
                && !s.accepts(path: "Dockerfile-notes.md.txt".replacingOccurrences(of: "Dockerfile-", with: "docs/")))
    }
}
