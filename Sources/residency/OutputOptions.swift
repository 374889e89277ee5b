import ArgumentParser
import Foundation

/// `--output FILE` (`-o FILE`, as for `baseline` and `init`): where a report goes instead of stdout.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    func write(_ text: String) throws {
        if let output {
            do {
                // Atomic writes replace the path with a new file: fine for a report file, wrong for
                // /dev/stdout, /dev/null or a named pipe, which must be written in place.
                // A report into a folder that does not exist yet (`reports/audit.json` in a fresh CI checkout).
                let folder = (output as NSString).deletingLastPathComponent
                if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
                let attributes = exists ? try? FileManager.default.attributesOfItem(atPath: output) : nil
                let regular = !exists || (attributes?[.type] as? FileAttributeType) == .typeRegular
                try text.write(toFile: output, atomically: regular, encoding: .utf8)
            } catch {
                throw ValidationError("\(output): cannot write the report (\(error.localizedDescription))")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
