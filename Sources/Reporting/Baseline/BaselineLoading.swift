import Foundation

/// Reading a baseline strictly. A typo'd key (`fingerprints`), a file from a newer residency
/// or a hand edit that broke the JSON would otherwise silently baseline nothing, or everything,
/// and the gate would lie; so each is rejected with the file and, where known, the line.
extension Baseline {
    public static func load(path: String) throws(BaselineError) -> Baseline {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw BaselineError(file: path, message: "baseline file not found")
        }
        if isDirectory.boolValue { throw BaselineError(file: path, message: "is a directory, not a baseline file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BaselineError(file: path, message: "baseline file cannot be read")
        }
        return try decode(data, file: path)
    }

    /// `file` names the source in errors.
    public static func decode(_ data: Data, file: String) throws(BaselineError) -> Baseline {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            let (reason, line) = BaselineSchema.describeSyntaxError(error, in: data)
            throw BaselineError(file: file, line: line, message: "not valid JSON: \(reason)")
        }
        guard let top = json as? [String: Any] else {
            throw BaselineError(
                file: file, line: 1, message: "expected a JSON object with schemaVersion, tool, createdFrom and entries"
            )
        }
        try BaselineSchema.checkVersion(top, file: file, data: data)
        try BaselineSchema.checkKeys(top, file: file, data: data)
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch let error as DecodingError {
            throw BaselineError(file: file, message: BaselineSchema.describe(error))
        } catch {
            throw BaselineError(file: file, message: "\(error)")
        }
        try BaselineSchema.checkFingerprints(baseline, file: file, data: data)
        return baseline
    }
}
