import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML element: enough of a DOM to check the JUnit and HTML reports with Foundation's
/// own parser (a real parser, so an escaping slip is a parse error or a wrong text, not a guess).
final class AuditXMLElement {
    let name: String
    let attributes: [String: String]
    var children: [AuditXMLElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every descendant (and self) with this name, document order.
    func all(_ name: String) -> [AuditXMLElement] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// Text of self and all descendants.
    var allText: String { text + children.map(\.allText).joined() }

    /// Parses `xml`; throws with the parser's line when it is not well-formed.
    static func parse(_ xml: String) throws -> AuditXMLElement {
        let parser = XMLParser(data: Data(xml.utf8))
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(line: parser.lineNumber, reason: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "XML not well-formed at line \(line): \(reason)" }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: AuditXMLElement?
        var stack: [AuditXMLElement] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = AuditXMLElement(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
