/// The file name of a relative path, for the scanners' `accepts(path:)`: every scanner asks it of
/// every discovered path, so it splits nothing (`split(separator: "/")` built an array of all the
/// path's folders) and copies only the name.
enum PathName {
    /// What follows the last `/`; the whole path when it has none.
    static func fileName(_ path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: 0x2F) else { return path[...] }
        return path[path.utf8.index(after: slash)...]
    }

    static func lowercasedFileName(_ path: String) -> String { fileName(path).lowercased() }
}
