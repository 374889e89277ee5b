/// The `--format` values of `residency audit`. Every format renders the same `AuditDocument`, so a
/// PDF-bound HTML report and the CI's SARIF can never disagree about a finding; the single
/// exhaustive switch below means a new case does not compile until it has a renderer.
public enum AuditFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, markdown, html, csv

    /// `context` holds what only some formats use (SARIF: the git work tree the path is in).
    public func render(_ doc: AuditDocument, context: AuditRenderContext = .init()) throws -> String {
        switch self {
        case .text: return try AuditText.render(doc, inventory: context.inventory)
        case .json: return try JSONOutput.encode(doc)
        case .sarif: return try SARIFRenderer.render(doc, context: context)
        case .junit: return JUnitRenderer.render(doc)
        case .markdown: return AuditMarkdown.render(doc, inventory: context.inventory)
        case .html: return AuditHTML.render(doc, inventory: context.inventory)
        case .csv: return AuditCSV.render(doc)
        }
    }

    /// The report handed to `emit` piece by piece: JSON and SARIF stream their large arrays and
    /// the text report its findings (a large estate's report is never held whole), the other
    /// formats come as one piece.
    public func write(
        _ doc: AuditDocument, context: AuditRenderContext = .init(), to emit: (String) throws -> Void
    ) throws {
        switch self {
        case .text: try AuditText.write(doc, inventory: context.inventory, to: emit)
        case .json: try JSONOutput.write(doc, to: emit)
        case .sarif: try JSONOutput.write(SARIFRenderer.log(doc, context: context), to: emit)
        case .junit, .markdown, .html, .csv: try emit(render(doc, context: context))
        }
    }

    /// The file extension a report of this format is usually saved with.
    /// Whether the report opens with the data inventory (the reports for people), so the audit
    /// builds it only for them: a JSON or SARIF run of a large estate need not.
    public var showsInventory: Bool {
        switch self {
        case .text, .markdown, .html: return true
        case .json, .sarif, .junit, .csv: return false
        }
    }

    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .json: return "json"
        case .sarif: return "sarif"
        case .junit: return "junit.xml"
        case .markdown: return "md"
        case .html: return "html"
        case .csv: return "csv"
        }
    }
}
