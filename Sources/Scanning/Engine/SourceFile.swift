import ResidencyCore

/// A discovered file handed to a scanner: where it is and what it says.
public struct SourceFile: Sendable {
    /// Relative to the scanned root, with `/`.
    public let path: String
    public let text: SourceText

    /// The last path component, computed once: scanners put it in the context of every setting.
    public let name: Substring

    public init(path: String, text: SourceText) {
        self.path = path
        self.text = text
        self.name = path.split(separator: "/").last ?? Substring(path)
    }

    /// A location in this file from a byte offset.
    public func location(ofByte offset: Int, context: String) -> SourceLocation {
        let p = text.position(ofByte: offset)
        return SourceLocation(path: path, line: p.line, column: p.column, context: context)
    }
}
