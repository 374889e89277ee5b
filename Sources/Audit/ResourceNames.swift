/// The names a declared resource's host names may start with: the names it declares (or, when it
/// declares none the scan can read, its Terraform local name), and prefixes Terraform completes.
struct ResourceNames: Equatable {
    var exact: [String]
    var prefixes: [String]

    init(exact: [String], prefixes: [String] = []) {
        self.exact = exact.map { $0.lowercased() }.filter { !$0.isEmpty }
        self.prefixes = prefixes.map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    var isEmpty: Bool { exact.isEmpty && prefixes.isEmpty }

    /// Whether `name` (a host's first label, a bucket) is one of these names.
    func matches(_ name: some StringProtocol) -> Bool {
        let name = String(name)
        return exact.contains(name)
            || prefixes.contains { name.hasPrefix($0) && Self.isGeneratedSuffix(name.dropFirst($0.count)) }
    }

    /// What Terraform appends to a `*_prefix` name (terraform-plugin-sdk `helper/id`
    /// `PrefixedUniqueId`, `UniqueIDSuffixLength = 26`): the UTC time to a ten-thousandth of a second
    /// (`20260130121507` + `1234`, 18 digits) and an 8-digit hexadecimal counter. (S3 allows a
    /// `bucket_prefix` of 37 characters, 63 less these 26.)
    static func isGeneratedSuffix(_ s: Substring) -> Bool {
        guard s.utf8.count == 26 else { return false }
        let timestamp = s.prefix(18)
        let counter = s.suffix(8)
        return timestamp.allSatisfy { $0.isASCII && $0.isNumber }
            && counter.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
