/// Where an endpoint is written: the place a reviewer opens to see it.
///
/// `path` is relative to the scanned root and uses `/`; `line` and `column` are 1-based and point
/// at the first character of the host as written. Columns count Unicode scalars, as libyaml does,
/// so YAML marks and our own offsets agree.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    public var path: String
    public var line: Int
    public var column: Int
    /// What surrounds the reference, e.g. `Deployment orders, container app, env DATABASE_URL`.
    public var context: String

    public init(path: String, line: Int, column: Int, context: String = "") {
        self.path = path
        self.line = line
        self.column = column
        self.context = context
    }

    /// Field by field with early exits: the tuple form copied four fields per comparison, and
    /// sorting the tens of thousands of places of a large estate spent most of its time there.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        return lhs.context < rhs.context
    }

    /// `path:line:column`, the form editors and CI logs understand.
    public var position: String { "\(path):\(line):\(column)" }
}
