import ArgumentParser
import Foundation
import ResidencyCore

/// Exit 2 with one line on stderr naming the file (and line): the run could not be done as asked.
/// The one way every command fails, so the line looks the same whichever stage refused.
enum CommandExit {
    static func fail(_ message: Any) -> ExitCode {
        FileHandle.standardError.write(Data("residency: \(ControlCharacters.line("\(message)"))\n".utf8))
        return ExitCode(2)
    }

    /// One stderr line per warning (values the geolocation databases held but could not mean).
    static func warn(_ warnings: [String]) {
        for w in warnings {
            FileHandle.standardError.write(Data("residency: warning: \(ControlCharacters.line(w))\n".utf8))
        }
    }
}
