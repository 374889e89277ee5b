import Foundation

/// The `residency` command lines of a CI example (docs/ci/*.yml), read from the YAML as the CI
/// system reads it: GitHub Actions' `jobs.*.steps[].run`, GitLab CI's `script` and
/// `before_script` of every job; plus the one-time `residency baseline` the file's header asks
/// for. Shell lines are split on `&&`, `||`, `;` and continuation backslashes; a command is a
/// residency invocation when its program's file name is `residency`.
struct CIExampleCommands {
    /// One invocation: the arguments after the program.
    typealias Invocation = [String]

    var baseline: [Invocation] = []
    var invocations: [Invocation] = []

    init(file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        // Keys as written (`on:` is a key, not YAML 1.1's boolean true).
        guard let root = try YAMLAsJSON.convert(text) as? [String: Any] else {
            throw Self.error("\(file.lastPathComponent): not a YAML mapping")
        }
        var scripts: [String] = []
        if let jobs = root["jobs"] as? [String: Any] {
            for case let job as [String: Any] in jobs.values {
                for case let step as [String: Any] in job["steps"] as? [Any] ?? [] {
                    if let run = step["run"] as? String { scripts.append(run) }
                }
            }
        }
        for case let job as [String: Any] in root.values {
            for key in ["before_script", "script"] {
                scripts += (job[key] as? [Any] ?? []).compactMap { $0 as? String }
            }
        }
        invocations = try scripts.flatMap(Self.commands).filter(Self.isResidency).map { Array($0.dropFirst()) }
        // The header comment: `#   residency baseline . -o .residency-baseline.json && git add …`.
        let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        baseline = try header.flatMap(Self.commands).filter(Self.isResidency).map { Array($0.dropFirst()) }
    }

    static func isResidency(_ words: [String]) -> Bool {
        words.first.map { ($0 as NSString).lastPathComponent == "residency" } ?? false
    }

    /// The simple commands of a shell script, each as its words (quotes removed). Redirections
    /// end a command's words; `$` expansions are refused, since the test could not know them.
    static func commands(_ script: String) throws -> [[String]] {
        let joined = script.replacingOccurrences(of: "\\\n", with: " ")
        var result: [[String]] = []
        for line in joined.split(separator: "\n") {
            var words: [String] = []
            var word = ""
            var quote: Character?
            var inWord = false
            var redirected = false
            func endWord() {
                if inWord, !redirected { words.append(word) }
                word = ""
                inWord = false
            }
            func endCommand() {
                endWord()
                if !words.isEmpty { result.append(words) }
                words = []
                redirected = false
            }
            var chars = Array(line)[...]
            while let c = chars.popFirst() {
                if let q = quote {
                    if c == q { quote = nil } else { word.append(c) }
                    continue
                }
                switch c {
                case "'", "\"":
                    quote = c
                    inWord = true
                case " ", "\t": endWord()
                case "#" where !inWord: chars = []
                case ";": endCommand()
                case "&", "|":
                    if chars.first == c { chars = chars.dropFirst() }
                    endCommand()
                case ">", "<":
                    endWord()
                    redirected = true
                default:
                    word.append(c)
                    inWord = true
                }
            }
            endCommand()
        }
        for words in result where isResidency(words) {
            if let w = words.first(where: { $0.contains("$") }) { throw error("cannot expand '\(w)' in \(words)") }
        }
        return result
    }

    private static func error(_ message: String) -> NSError {
        NSError(domain: "CIExampleCommands", code: 1, userInfo: [NSLocalizedDescriptionKey: message])
    }
}
