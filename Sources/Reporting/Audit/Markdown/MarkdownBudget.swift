/// The Markdown report as it is assembled under a size limit, counted in UTF-8 bytes.
struct MarkdownBudget {
    /// One finding's Markdown, and whether it is new (counts against the gate).
    struct Block {
        var text: String
        var isNew: Bool
    }

    /// Kept free for the closing "N more findings" line (its longest form is under 200 bytes).
    static let closingRoom = 300

    let limit: Int
    private(set) var text = ""
    private(set) var bytes = 0

    init(limit: Int) { self.limit = limit }

    func fits(_ s: String, keeping reserve: Int = 0) -> Bool { bytes + s.utf8.count + reserve <= limit }
    func fits(_ block: Block, keeping reserve: Int = 0) -> Bool { fits(block.text, keeping: reserve) }

    mutating func append(_ block: Block) { append(block.text) }

    mutating func append(_ s: String) {
        text += s
        bytes += s.utf8.count
    }
}
