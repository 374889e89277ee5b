/// Which catalogue services a host name can match, found by the name's last labels: built once
/// per catalogue, so a large estate's hosts are not each tried against every pattern. A service
/// is filed under the last two labels of each ending its pattern requires (`amazonaws.com`), under
/// its last label when only that one is certain (`eu` for `…datadoghq.eu` preceded by anything),
/// or tried on every host when its pattern gives no ending (`PatternSuffixes`).
struct CatalogueIndex: Sendable {
    private var byLastTwoLabels: [String: [Int]] = [:]
    private var byLastLabel: [String: [Int]] = [:]
    /// Services whose pattern gives no certain ending: tried on every host.
    private(set) var everywhere: [Int] = []

    init(services: [CatalogueService]) {
        for (i, service) in services.enumerated() {
            guard let endings = service.regex.endings else {
                everywhere.append(i)
                continue
            }
            let keys = endings.map(PatternSuffixes.key)
            if keys.contains(nil) {
                everywhere.append(i)
                continue
            }
            for key in Set(keys.compactMap { $0 }) {
                if key.utf8.contains(UInt8(ascii: ".")) {
                    byLastTwoLabels[key, default: []].append(i)
                } else {
                    byLastLabel[key, default: []].append(i)
                }
            }
        }
    }

    /// The services `name` (lower-cased, without a trailing dot) can match, in catalogue order.
    func candidates(for name: String) -> [Int] {
        let u = name.utf8
        var out = everywhere
        var lists = 0
        if !everywhere.isEmpty { lists += 1 }
        guard let lastDot = u.lastIndex(of: UInt8(ascii: ".")) else {
            if let l = byLastLabel[name] {
                out += l
                lists += 1
            }
            return lists > 1 ? out.sorted() : out
        }
        if let l = byLastLabel[String(name[name.index(after: lastDot)...])] {
            out += l
            lists += 1
        }
        let twoStart = u[..<lastDot].lastIndex(of: UInt8(ascii: ".")).map { name.index(after: $0) } ?? name.startIndex
        if let l = byLastTwoLabels[String(name[twoStart...])] {
            out += l
            lists += 1
        }
        return lists > 1 ? out.sorted() : out
    }
}
