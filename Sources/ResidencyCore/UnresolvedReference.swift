/// A host written as a placeholder (`${DB_HOST}`, `$(DB_HOST)`, `{{ .Values.db.host }}`) that the
/// scan could not fill in. Reported by variable name, never as a host called `${DB_HOST}`: the
/// auditor must see that something is referenced here whose location nobody can tell yet.
public struct UnresolvedReference: Hashable, Sendable, Codable, Comparable {
    public var variable: String
    public var location: SourceLocation
    /// The kind the surrounding text implies (a `postgres://${HOST}` URL), if any.
    public var kind: EndpointKind?

    public init(variable: String, location: SourceLocation, kind: EndpointKind? = nil) {
        self.variable = variable
        self.location = location
        self.kind = kind
    }

    public static func < (lhs: UnresolvedReference, rhs: UnresolvedReference) -> Bool {
        lhs.location != rhs.location ? lhs.location < rhs.location : lhs.variable < rhs.variable
    }
}
