/// Country outlines for the HTML report's map: Natural Earth 1:110m Admin 0 countries (public
/// domain), simplified to 0.1 degree by `scripts/generate-country-outlines` and embedded by
/// `scripts/embed-country-outlines` from `Data/country-outlines.tsv`, whose header cites the source.
/// They are a backdrop for the report's pins, drawn without any network access.
struct CountryOutline: Sendable {
    /// ISO 3166-1 alpha-2, or nil where Natural Earth has no code (Kosovo, Somaliland, …).
    var code: String?
    var name: String
    /// Closed rings of (longitude, latitude) in degrees.
    var rings: [[(lon: Double, lat: Double)]]
}

enum CountryOutlines {
    /// Parsed once, on first use (only the HTML report needs them).
    static let all: [CountryOutline] = parse(tsv)

    static func parse(_ text: String) -> [CountryOutline] {
        text.split(separator: "\n").compactMap { line -> CountryOutline? in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, !line.hasPrefix("#") else { return nil }
            let rings = fields[2].split(separator: ";").map { ring in
                ring.split(separator: " ").compactMap { point -> (lon: Double, lat: Double)? in
                    let xy = point.split(separator: ",")
                    guard xy.count == 2, let lon = Double(xy[0]), let lat = Double(xy[1]) else { return nil }
                    return (lon, lat)
                }
            }
            return CountryOutline(
                code: fields[0] == "-" ? nil : String(fields[0]), name: String(fields[1]), rings: rings)
        }
    }
}
