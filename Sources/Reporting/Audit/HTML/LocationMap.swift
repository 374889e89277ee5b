import ResidencyCore

/// The inventory drawn as inline SVG: a map of Europe, and of the world when a pin lies outside
/// Europe, with the shipped country outlines (`CountryOutlines`) as backdrop and one pin per place.
/// Countries holding a pin are tinted by its verdict. Nothing is fetched: the page stays
/// self-contained and prints as it shows.
enum LocationMap {
    struct Frame {
        var title: String
        var west: Double, east: Double, south: Double, north: Double
        /// Horizontal scale of a degree of longitude against one of latitude (cos of the mid latitude).
        var aspect: Double
        var width: Double
        /// Whether pins carry their place's name on the map.
        var labelled: Bool

        var scale: Double { width / ((east - west) * aspect) }
        var height: Double { ((north - south) * scale).rounded() }

        func contains(_ lat: Double, _ lon: Double) -> Bool {
            lat >= south && lat <= north && lon >= west && lon <= east
        }

        func point(_ lat: Double, _ lon: Double) -> (x: Double, y: Double) {
            ((lon - west) * aspect * scale, (north - lat) * scale)
        }
    }

    static let europe = Frame(
        title: "Europe", west: -25, east: 45, south: 34, north: 72, aspect: 0.6, width: 640, labelled: true)
    static let world = Frame(
        title: "World", west: -180, east: 180, south: -58, north: 84, aspect: 1, width: 720, labelled: false)

    static func render(_ pins: [MapPin], unlocated: Int, tints: [String: MapPin.Verdict]) -> String {
        var frames = [europe]
        if pins.contains(where: { !europe.contains($0.latitude, $0.longitude) }) { frames.append(world) }
        var out = "<div class=\"maps\">\n"
        for frame in frames { out += svg(frame, pins: pins, tints: tints) }
        out += "</div>\n<p class=\"legend\">"
        out += [MapPin.Verdict.outside, .usJurisdiction, .inside].map { v in
            "<svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"5\" class=\"pin \(v.cssClass)\"/></svg> \(v.legend)"
        }.joined(separator: " &#160; ")
        var places: [MapPin] = []
        for pin in pins where !places.contains(where: { $0.isAt(pin.latitude, pin.longitude) }) { places.append(pin) }
        out += " &#160; · \(AuditFacts.plural(places.count, "place")) shown"
        if unlocated > 0 { out += "; \(unlocated) not located, so not on the map" }
        out += ". Outlines: Natural Earth 1:110m (public domain), simplified.</p>\n"
        return out
    }

    private static func svg(_ f: Frame, pins: [MapPin], tints: [String: MapPin.Verdict]) -> String {
        let w = Int(f.width)
        let h = Int(f.height)
        var out =
            "<figure class=\"map\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" role=\"img\" "
            + "aria-label=\"\(f.title): where the data is\">\n<title>\(f.title): where the data is</title>\n"
        out += "<rect class=\"sea\" width=\"\(w)\" height=\"\(h)\"/>\n"
        for c in CountryOutlines.all {
            let d = path(c, frame: f)
            guard !d.isEmpty else { continue }
            let tint = c.code.flatMap { tints[$0] }.map { " \($0.cssClass)" } ?? ""
            out += "<path class=\"land\(tint)\" d=\"\(d)\"><title>\(MarkupEscaping.text(c.name))</title></path>\n"
        }
        // A place's pins side by side, worst first; the place is named once, with its total.
        var places: [[MapPin]] = []
        for pin in pins where f.contains(pin.latitude, pin.longitude) {
            if let i = places.firstIndex(where: { $0[0].isAt(pin.latitude, pin.longitude) }) {
                places[i].append(pin)
            } else {
                places.append([pin])
            }
        }
        let radius = f.labelled ? 6.0 : 4.0
        for place in places {
            let here = place.sorted { $0.verdict < $1.verdict }
            let p = f.point(here[0].latitude, here[0].longitude)
            for (i, pin) in here.enumerated() {
                let tip = MarkupEscaping.text(
                    "\(pin.place): \(pin.verdict.legend): \(pin.names.joined(separator: ", "))")
                out += "<g class=\"pin \(pin.verdict.cssClass)\"><title>\(tip)</title>"
                out += "<circle cx=\"\(n(p.x + Double(i) * radius * 1.7))\" cy=\"\(n(p.y))\" r=\"\(n(radius))\"/></g>\n"
            }
            // The world map is small: its pins name their place in the tooltip only, Europe's on the map.
            if f.labelled {
                let total = here.reduce(0) { $0 + $1.names.count }
                let x = p.x + Double(here.count - 1) * radius * 1.7 + radius + 2
                out +=
                    "<text class=\"place\" x=\"\(n(x))\" y=\"\(n(p.y + 4))\">\(MarkupEscaping.text(here[0].place)) (\(total))</text>\n"
            }
        }
        return out + "</svg><figcaption>\(f.title)</figcaption></figure>\n"
    }

    /// The outline's rings inside (or crossing) the frame as one SVG path, whole pixels/10.
    private static func path(_ c: CountryOutline, frame f: Frame) -> String {
        var d = ""
        for ring in c.rings where !ring.isEmpty {
            let lons = ring.map(\.lon)
            let lats = ring.map(\.lat)
            guard lons.max()! >= f.west, lons.min()! <= f.east, lats.max()! >= f.south, lats.min()! <= f.north else {
                continue
            }
            for (i, pt) in ring.enumerated() {
                let p = f.point(pt.lat, pt.lon)
                d += (i == 0 ? "M" : "L") + n(p.x) + " " + n(p.y)
            }
            d += "Z"
        }
        return d
    }

    /// One decimal, locale-independent, no trailing `.0`.
    static func n(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }
}
