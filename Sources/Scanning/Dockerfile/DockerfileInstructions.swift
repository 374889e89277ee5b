/// Splits a Dockerfile into instructions on bytes: `\` line continuations joined, comment lines
/// inside a continuation dropped, every argument word kept with the file offset where it starts
/// so a value gets its exact line and column even three lines below its `ENV`.
enum DockerfileInstructions {
    struct Word {
        /// The word with quotes removed and escapes applied.
        var text: String
        /// File offset of the word's first byte (a quote, if quoted).
        var offset: Int
        /// File offset where each byte of `text` stands, when the word is written as-is (no
        /// escapes, no continuation inside it); nil otherwise.
        var verbatimMap: [Int]
    }

    struct Instruction {
        var keyword: String
        var words: [Word]
        /// The arguments as one string (legacy `ENV KEY value with spaces`), with its offset.
        var rest: (text: String, offset: Int)
    }

    static func parse(_ b: [UInt8]) -> [Instruction] {
        var out: [Instruction] = []
        var i = 0
        let n = b.count
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
        /// At `\` followed by optional spaces and a line end: the offset after that line end.
        func continuation(_ j: Int) -> Int? {
            guard j < n, b[j] == 0x5C else { return nil }
            var k = j + 1
            while k < n, isSpace(b[k]) { k += 1 }
            if k < n, b[k] == 0x0D { k += 1 }
            if k >= n { return k }
            return b[k] == 0x0A ? k + 1 : nil
        }
        /// Skips comment and blank lines inside a continuation, from a line start.
        func skipContinuationComments(_ j: Int) -> Int {
            var k = j
            while k < n {
                var m = k
                while m < n, isSpace(b[m]) { m += 1 }
                if m < n, b[m] == 0x23 || b[m] == 0x0A || b[m] == 0x0D {
                    while m < n, b[m] != 0x0A { m += 1 }
                    k = m + 1
                } else {
                    break
                }
            }
            return k
        }
        while i < n {
            // Line start: skip indentation, comments, blank lines.
            while i < n, isSpace(b[i]) { i += 1 }
            if i >= n { break }
            if b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x23 {
                while i < n, b[i] != 0x0A { i += 1 }
                i += 1
                continue
            }
            let ks = i
            while i < n, !isSpace(b[i]), b[i] != 0x0A, b[i] != 0x0D, continuation(i) == nil { i += 1 }
            let keyword = String(decoding: b[ks..<i], as: UTF8.self).uppercased()
            var words: [Word] = []
            var restText: [UInt8] = []
            var restOffset = -1
            var current: [UInt8] = []
            var currentMap: [Int] = []
            var currentStart = -1
            var verbatim = true
            var quote: UInt8 = 0
            func flush() {
                if currentStart >= 0 {
                    words.append(
                        Word(
                            text: String(decoding: current, as: UTF8.self), offset: currentStart,
                            verbatimMap: verbatim ? currentMap : []))
                }
                current = []
                currentMap = []
                currentStart = -1
                verbatim = true
            }
            while i < n {
                if let next = continuation(i) {
                    if currentStart >= 0 { verbatim = false }
                    if quote == 0 { flush() }
                    i = skipContinuationComments(next)
                    if !restText.isEmpty { restText.append(0x20) }
                    continue
                }
                let c = b[i]
                if c == 0x0A || (c == 0x0D && (i + 1 >= n || b[i + 1] == 0x0A)) { break }
                if restOffset < 0, !isSpace(c) { restOffset = i }
                if restOffset >= 0 { restText.append(c) }
                if quote != 0 {
                    if c == quote {
                        quote = 0
                        i += 1
                        continue
                    }
                    if c == 0x5C, quote == 0x22, i + 1 < n, b[i + 1] == 0x22 || b[i + 1] == 0x5C {
                        verbatim = false
                        current.append(b[i + 1])
                        currentMap.append(i + 1)
                        i += 2
                        continue
                    }
                    current.append(c)
                    currentMap.append(i)
                    i += 1
                    continue
                }
                if isSpace(c) {
                    flush()
                    i += 1
                    continue
                }
                if currentStart < 0 { currentStart = i }
                if c == 0x22 || c == 0x27 {
                    quote = c
                    i += 1
                    continue
                }
                if c == 0x5C, i + 1 < n, !isSpace(b[i + 1]), b[i + 1] != 0x0A {
                    verbatim = false
                    current.append(b[i + 1])
                    currentMap.append(i + 1)
                    i += 2
                    continue
                }
                current.append(c)
                currentMap.append(i)
                i += 1
            }
            flush()
            while i < n, b[i] != 0x0A { i += 1 }
            i += 1
            while let last = restText.last, isSpace(last) || last == 0x0D { restText.removeLast() }
            out.append(
                Instruction(
                    keyword: keyword, words: words,
                    rest: (String(decoding: restText, as: UTF8.self), max(restOffset, 0))))
        }
        return out
    }
}
