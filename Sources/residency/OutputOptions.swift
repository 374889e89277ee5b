import ArgumentParser
import Foundation

/// `--output FILE`: where a report goes instead of stdout.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("output"), help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    func write(_ text: String) throws {
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("\(output): cannot write the report (\(error.localizedDescription))")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
