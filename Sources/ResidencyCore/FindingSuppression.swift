/// The suppression that covers a finding, as the JSON report writes it (`finding.suppression`):
/// the estate file's reason and expiry, and where the suppression is written, so a reviewer can
/// go from the finding to the line that accepted it.
public struct FindingSuppression: Hashable, Sendable, Codable, CustomStringConvertible {
    public struct Source: Hashable, Sendable, Codable {
        /// The estate file, relative to the scanned path when inside it.
        public var path: String
        /// 1-based; nil when unknown.
        public var line: Int?

        /// In the order the report writes them (see `Finding.CodingKeys`).
        private enum CodingKeys: String, CodingKey { case line, path }

        public init(path: String, line: Int?) {
            self.path = path
            self.line = line
        }
    }

    public var reason: String
    /// `YYYY-MM-DD`.
    public var expires: String
    public var source: Source

    /// In the order the report writes them (see `Finding.CodingKeys`).
    private enum CodingKeys: String, CodingKey { case expires, reason, source }

    public init(reason: String, expires: String, source: Source) {
        self.reason = reason
        self.expires = expires
        self.source = source
    }

    /// One line for people: `reason (residency.yaml:12, expires 2027-03-31)`.
    public var description: String {
        let at = source.line.map { "\(source.path):\($0)" } ?? source.path
        return "\(reason) (\(at), expires \(expires))"
    }
}
