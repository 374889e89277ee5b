/// Most env settings of a large estate (`LOG_LEVEL`, `VAR_0: "5332"`) can hold no endpoint; the
/// text scanner's byte-level cue test (`://`, `host`, `url`, `addr`…) plus `port` (for X_HOST +
/// X_PORT pairs) decides that before the value scanner's full work.
enum EntryFilter {
    static func mightHoldEndpoint(_ e: ConfigEntry) -> Bool {
        var bytes = Array((e.key ?? "").utf8)
        bytes.append(0x20)
        bytes += e.value.utf8
        if TextScanner.mightHoldEndpoint(bytes, 0, bytes.count) { return true }
        return e.key.map(KindHints.isPortKey) ?? false
    }
}
