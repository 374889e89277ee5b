import ResidencyCore

/// The map's pins: one per place where the inventory's datastores, queues, object stores and
/// telemetry sinks are located (coordinates from the audit's locations; country-level geodata
/// sits at its country's reference point), coloured by the worst verdict among what is there.
struct MapPin {
    enum Verdict: Int, Comparable {
        /// Outside the EEA: a Chapter V transfer.
        case outside
        /// Inside the EEA, run by an operator under US jurisdiction (third-country access risk).
        case usJurisdiction
        case inside

        static func < (a: Verdict, b: Verdict) -> Bool { a.rawValue < b.rawValue }

        var cssClass: String {
            switch self {
            case .outside: return "outside"
            case .usJurisdiction: return "us"
            case .inside: return "inside"
            }
        }

        var legend: String {
            switch self {
            case .outside: return "outside the EEA"
            case .usJurisdiction: return "in the EEA, US jurisdiction"
            case .inside: return "in the EEA"
            }
        }
    }

    var latitude: Double
    var longitude: Double
    /// `Dublin, IE`.
    var place: String
    var verdict: Verdict
    /// What is there, by host.
    var names: [String]

    static func verdict(_ r: DataInventory.Row) -> Verdict? {
        switch ReportInventory.standing(r) {
        case .outside: return .outside
        case .unlocated: return nil
        case .inside: return r.jurisdictions.contains("US") ? .usJurisdiction : .inside
        }
    }

    func isAt(_ lat: Double, _ lon: Double) -> Bool { abs(latitude - lat) < 0.05 && abs(longitude - lon) < 0.05 }

    /// Pins for the inventory's located rows: rows at the same place (to 0.1 degree) with the same
    /// verdict share a pin; a place with several verdicts has one pin each (drawn side by side), so
    /// one US-operated database does not paint a city's nineteen others amber.
    static func make(_ inventory: ReportInventory, endpoints: [AuditDocument.EndpointRecord]) -> [MapPin] {
        let byId = Dictionary(endpoints.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var pins: [MapPin] = []
        for r in inventory.rows {
            guard let verdict = verdict(r.row), let record = byId[r.row.endpointId] else { continue }
            for l in record.resolution.locations {
                guard let lat = l.latitude, let lon = l.longitude else { continue }
                let place = [l.city, l.country].compactMap { $0 }.joined(separator: ", ")
                if let i = pins.firstIndex(where: { $0.verdict == verdict && $0.isAt(lat, lon) }) {
                    if !pins[i].names.contains(r.row.datastore) { pins[i].names.append(r.row.datastore) }
                } else {
                    pins.append(
                        MapPin(latitude: lat, longitude: lon, place: place, verdict: verdict, names: [r.row.datastore]))
                }
            }
        }
        return pins
    }
}
