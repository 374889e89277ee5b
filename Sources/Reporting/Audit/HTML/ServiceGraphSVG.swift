import ResidencyCore

/// The latency graph drawn as inline SVG: gateway routes on the left, the services they reach in
/// the middle, datastores and other endpoints on the right, each hop labelled with its estimated
/// round trip per request. A hop that a `latency-hop-budget` finding names, and a route whose worst
/// chain is over its budget, are drawn in the alarm colour.
enum ServiceGraphSVG {
    struct Node {
        var id: String
        var column: Int
        var over = false
    }

    struct Edge {
        var from: String
        var to: String
        var ms: Double
        var over: Bool
    }

    static let columnWidth = 330.0
    static let rowHeight = 30.0
    static let boxWidth = 250.0
    /// What fits a box in the 12 px monospace face (about 7.2 px a character).
    static let labelLength = 32

    static func render(_ doc: AuditDocument) -> String {
        let overHops = Set(doc.findings.filter { $0.ruleId == "latency-hop-budget" }.compactMap(\.endpointId))
        var nodes: [String: Node] = [:]
        var order: [String] = []
        var edges: [String: Edge] = [:]
        var edgeOrder: [String] = []
        func node(_ id: String, column: Int) {
            if var existing = nodes[id] {
                existing.column = max(existing.column, column)
                nodes[id] = existing
            } else {
                nodes[id] = Node(id: id, column: column)
                order.append(id)
            }
        }
        func edge(_ from: String, _ to: String, _ ms: Double, over: Bool) {
            let key = from + "\u{0}" + to
            if var e = edges[key] {
                e.ms = max(e.ms, ms)
                e.over = e.over || over
                edges[key] = e
            } else {
                edges[key] = Edge(from: from, to: to, ms: ms, over: over)
                edgeOrder.append(key)
            }
        }
        for chain in doc.chains {
            // Hop 0 is the users' trip to the gateway: the route node stands for both.
            let route = "route " + chain.route
            node(route, column: 0)
            if !chain.withinBudget { nodes[route]?.over = true }
            var previous = route
            for (i, hop) in chain.hops.enumerated().dropFirst() {
                let terminal = i == chain.hops.count - 1 && hop.to.contains("://")
                node(hop.to, column: terminal ? Int.max : i)
                let over = terminal && overHops.contains(hop.to)
                if over { nodes[hop.to]?.over = true }
                edge(previous, hop.to, hop.estimateMs, over: over)
                previous = hop.to
            }
        }
        guard !order.isEmpty else { return "" }
        // Columns: routes, services by depth, endpoints last.
        let depths = Set(nodes.values.map(\.column)).sorted()
        let columnIndex = Dictionary(uniqueKeysWithValues: depths.enumerated().map { ($1, $0) })
        var rowsPerColumn = [Int](repeating: 0, count: depths.count)
        var position: [String: (x: Double, y: Double)] = [:]
        for id in order {
            let c = columnIndex[nodes[id]!.column]!
            position[id] = (10 + Double(c) * columnWidth, 24 + Double(rowsPerColumn[c]) * rowHeight)
            rowsPerColumn[c] += 1
        }
        let width = 10 + Double(depths.count - 1) * columnWidth + boxWidth + 10
        let height = 24 + Double(rowsPerColumn.max()!) * rowHeight
        var out =
            "<figure class=\"graph\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(LocationMap.n(width)) \(LocationMap.n(height))\" "
            + "role=\"img\" aria-label=\"Service graph: gateway routes, services, datastores\">\n"
        out += "<title>Service graph: gateway routes → services → datastores, estimated round trip per hop</title>\n"
        let headings =
            ["gateway routes"] + Array(repeating: "services", count: max(0, depths.count - 2))
            + (depths.count > 1 ? ["datastores and endpoints"] : [])
        for (c, heading) in headings.enumerated() {
            out +=
                "<text class=\"col\" x=\"\(LocationMap.n(10 + Double(c) * columnWidth))\" y=\"12\">\(heading)</text>\n"
        }
        // A hop's estimate is written at whichever end fewer hops share, so labels do not pile up.
        var outgoing: [String: Int] = [:]
        var incoming: [String: Int] = [:]
        for e in edges.values {
            outgoing[e.from, default: 0] += 1
            incoming[e.to, default: 0] += 1
        }
        // A label is about 36 × 10 px (`285.2 ms` at 10 px), leftwards of a target end, rightwards of a source end.
        var placed: [(x: Double, y: Double)] = []
        func box(_ x: Double, _ y: Double, _ start: Bool) -> (x: Double, y: Double) { (start ? x : x - 36, y) }
        func free(_ x: Double, _ y: Double, _ start: Bool) -> Bool {
            let b = box(x, y, start)
            return !placed.contains { abs($0.x - b.x) < 38 && abs($0.y - b.y) < 10 }
        }
        for key in edgeOrder {
            let e = edges[key]!
            let a = position[e.from]!
            let b = position[e.to]!
            let x1 = a.x + boxWidth
            let y1 = a.y + 11
            let x2 = b.x
            let y2 = b.y + 11
            let mx = (x1 + x2) / 2
            out +=
                "<g class=\"hop\(e.over ? " over" : "")\"><title>\(MarkupEscaping.text("\(e.from) → \(e.to): \(AuditFacts.ms(e.ms))"))</title>"
            out +=
                "<path d=\"M\(LocationMap.n(x1)) \(LocationMap.n(y1))C\(LocationMap.n(mx)) \(LocationMap.n(y1)) \(LocationMap.n(mx)) \(LocationMap.n(y2)) \(LocationMap.n(x2)) \(LocationMap.n(y2))\"/>"
            // The preferred end, else the other, else the preferred one a line lower: never two on one spot.
            let atTarget = (x: x2 - 4, y: y2 - 3, start: false)
            let atSource = (x: x1 + 4, y: y1 - 3, start: true)
            let preferred =
                incoming[e.to, default: 0] <= outgoing[e.from, default: 0]
                ? [atTarget, atSource] : [atSource, atTarget]
            var spot = preferred.first { free($0.x, $0.y, $0.start) } ?? preferred[0]
            while !free(spot.x, spot.y, spot.start) { spot.y += 11 }
            placed.append(box(spot.x, spot.y, spot.start))
            out +=
                "<text\(spot.start ? " class=\"start\"" : "") x=\"\(LocationMap.n(spot.x))\" y=\"\(LocationMap.n(spot.y))\">"
                + "\(AuditFacts.ms(e.ms))</text></g>\n"
        }
        for id in order {
            let p = position[id]!
            let over = nodes[id]!.over
            out += "<g class=\"node\(over ? " over" : "")\"><title>\(MarkupEscaping.text(id))</title>"
            out +=
                "<rect x=\"\(LocationMap.n(p.x))\" y=\"\(LocationMap.n(p.y))\" width=\"\(LocationMap.n(boxWidth))\" height=\"22\" rx=\"4\"/>"
            out +=
                "<text x=\"\(LocationMap.n(p.x + 6))\" y=\"\(LocationMap.n(p.y + 15))\">\(MarkupEscaping.text(label(id)))</text></g>\n"
        }
        return out + "</svg><figcaption>Gateway routes → services → datastores; red: over the chain budget "
            + "(route) or the hop budget (hop). Estimates are per request.</figcaption></figure>\n"
    }

    /// A box-sized name: the scheme and port dropped from an endpoint id, a long host cut at its
    /// end, a long route at its start (`…example.no /v1/users`: the path tells routes apart).
    static func label(_ id: String) -> String {
        var s = id
        if s.hasPrefix("route ") {
            s = String(s.dropFirst(6))
            return s.count > labelLength ? "…" + String(s.suffix(labelLength - 1)) : s
        }
        if let r = s.range(of: "://") { s = String(s[r.upperBound...]) }
        return s.count > labelLength ? String(s.prefix(labelLength - 1)) + "…" : s
    }
}
