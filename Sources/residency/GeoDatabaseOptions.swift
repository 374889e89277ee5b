import ArgumentParser
import Foundation
import Geolocation

/// `--geoip-db` (repeatable) and `--asn-db`: the databases a command reads. Every command that
/// locates addresses (`audit`, `baseline`, `resolve`, `geo lookup`) takes this group and the same
/// default search, so they place an address alike.
struct GeoDatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("geoip-db"),
        help: ArgumentHelp(
            "A country or city MMDB (GeoIP2/GeoLite2, or from `geo compile`); repeatable. Default: $RESIDENCY_GEOIP_DB, geoipupdate's folders, then tor-geoipdb.",
            valueName: "file"))
    var geoipDBs: [String] = []

    @Option(name: .customLong("asn-db"), help: ArgumentHelp("An ASN MMDB (GeoLite2-ASN layout).", valueName: "file"))
    var asnDB: String?

    func open() throws -> GeoDatabases {
        do {
            return try GeodataLocator().databases(geoipDBs: geoipDBs, asnDB: asnDB)
        } catch {
            throw CommandExit.fail(error)
        }
    }

    /// For commands that locate addresses among other work (`audit`, `resolve`): databases named
    /// on the command line or in the environment must open (exit 2 otherwise); when none is named
    /// and none can be found or built, the command goes on without geodata and says so on stderr.
    func locating(consequence: String) throws -> GeoDatabases? {
        do {
            return try GeodataLocator().databases(geoipDBs: geoipDBs, asnDB: asnDB)
        } catch {
            if case .noGeodata(let why) = error, geoipDBs.isEmpty, asnDB == nil {
                FileHandle.standardError.write(
                    Data("residency: warning: no geolocation data (\(why)); \(consequence)\n".utf8))
                return nil
            }
            throw CommandExit.fail(error)
        }
    }
}
