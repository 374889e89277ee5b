import ResidencyCore

/// A discovered file handed to a scanner: where it is and what it says.
public struct SourceFile: Sendable {
    /// Relative to the scanned root, with `/`.
    public let path: String
    public let text: SourceText

    public init(path: String, text: SourceText) {
        self.path = path
        self.text = text
    }

    /// A location in this file from a byte offset.
    public func location(ofByte offset: Int, context: String) -> SourceLocation {
        let p = text.position(ofByte: offset)
        return SourceLocation(path: path, line: p.line, column: p.column, context: context)
    }

    /// The last path component.
    public var name: Substring { path.split(separator: "/").last ?? Substring(path) }
}
