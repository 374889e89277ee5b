/// Most env settings of a large estate (`LOG_LEVEL`, `VAR_0: "5332"`) can hold no endpoint; the
/// text scanner's byte-level cue test (`://`, `host`, `url`, `addr`…) plus `port` (for X_HOST +
/// X_PORT pairs) decides that before the value scanner's full work.
enum EntryFilter {
    /// The key and the value are tested apart, in place: no cue holds the space that would join
    /// them on one line, so this is the test of `key value` without building it.
    static func mightHoldEndpoint(_ e: ConfigEntry) -> Bool {
        if let key = e.key, TextScanner.mightHoldEndpoint(key) { return true }
        if TextScanner.mightHoldEndpoint(e.value) { return true }
        return e.key.map(KindHints.isPortKey) ?? false
    }
}
