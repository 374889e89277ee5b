import ArgumentParser
import Foundation
import Geolocation
import Reporting
import ResidencyCore

/// `residency geo lookup IP...`
struct GeoLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Look addresses up in the geolocation databases in use.")

    @Argument(help: "IPv4 or IPv6 addresses.") var addresses: [String]
    @OptionGroup var databases: GeoDatabaseOptions
    @Option(help: "Output format: text or json.") var format: ListingFormat = .text

    func run() throws {
        var parsed: [IPAddress] = []
        for text in addresses {
            guard let address = IPAddress(text) else {
                throw CommandExit.fail(
                    GeolocationError.invalidAddress(text, reason: "expected an IPv4 or IPv6 address"))
            }
            parsed.append(address)
        }
        let dbs = try databases.open()
        var locations: [GeoLocation] = []
        for address in parsed {
            do { locations.append(try dbs.locate(address)) } catch { throw CommandExit.fail(error) }
        }
        for w in dbs.warnings {
            FileHandle.standardError.write(Data("residency: warning: \(ControlCharacters.line(w))\n".utf8))
        }
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(try JSONOutput.encode(locations.map(GeoLocationJSON.init)).utf8))
        case .text: FileHandle.standardOutput.write(Data(locations.map(Self.text).joined().utf8))
        }
    }

    static func text(_ l: GeoLocation) -> String {
        var parts: [String] = []
        let r = l.record
        switch l.precision {
        case .unknown:
            parts.append("not found")
        case .city:
            var place = [r.country, r.city].compactMap { $0 }.joined(separator: " ")
            if let lat = r.latitude, let lon = r.longitude {
                place += " (\(lat), \(lon)" + (r.accuracyRadius.map { " ±\($0) km" } ?? "") + ")"
            }
            parts.append(place)
        case .country:
            var place = (r.country ?? "") + (r.city.map { " \($0)" } ?? "")
            if let p = l.referencePoint {
                place += " (country-level; reference point \(p.place) \(p.latitude), \(p.longitude))"
            } else {
                place += " (country-level)"
            }
            parts.append(place)
        }
        if let asn = r.asn { parts.append("AS\(asn)" + (r.asOrganization.map { " \($0)" } ?? "")) }
        if let provider = r.provider { parts.append("provider \(provider)") }
        if let network = l.network { parts.append("network \(network)") }
        // Strings from the database (city, organisation, provider) are kept to their column.
        return "\(l.address)\t" + parts.map(ControlCharacters.line).joined(separator: "\t") + "\n"
    }
}

/// The JSON shape of one looked-up address.
struct GeoLocationJSON: Encodable {
    var address: String
    var network: String?
    var country: String?
    var registeredCountry: String?
    var continent: String?
    var city: String?
    var latitude: Double?
    var longitude: Double?
    var accuracyRadius: Int?
    var asn: UInt32?
    var asOrganization: String?
    var provider: String?
    var precision: String
    var referencePoint: CountryReferencePoint?
    var sources: [String]

    init(_ l: GeoLocation) {
        address = l.address.description
        network = l.network?.description
        country = l.record.country
        registeredCountry = l.record.registeredCountry
        continent = l.record.continent
        city = l.record.city
        latitude = l.record.latitude
        longitude = l.record.longitude
        accuracyRadius = l.record.accuracyRadius
        asn = l.record.asn
        asOrganization = l.record.asOrganization
        provider = l.record.provider
        precision = l.precision.rawValue
        referencePoint = l.referencePoint
        sources = l.sources
    }
}
