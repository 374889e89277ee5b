import ArgumentParser
import Foundation

/// `--output FILE` (`-o FILE`, as for `baseline` and `init`): where a report goes instead of stdout.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    func write(_ text: String) throws {
        try stream { emit in try emit(text) }
    }

    /// Hands `body` a function that writes one piece of the report, so a large report goes out as
    /// it is encoded instead of being held whole. A report file is written beside its path and
    /// renamed over it once complete, so a failed run never leaves half a report there.
    func stream(_ body: ((String) throws -> Void) throws -> Void) throws {
        guard let output else {
            try body { piece in
                do { try Self.writeAll(piece, to: FileHandle.standardOutput.fileDescriptor) } catch {
                    throw ValidationError("standard output: cannot write the report (\(error.localizedDescription))")
                }
            }
            return
        }
        func failed(_ error: Error) -> ValidationError {
            error as? ValidationError
                ?? ValidationError("\(output): cannot write the report (\(error.localizedDescription))")
        }
        let target: String
        let regular: Bool
        let handle: FileHandle
        do {
            // A report into a folder that does not exist yet (`reports/audit.json` in a fresh CI checkout).
            let folder = (output as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            // Replacing the path with a new file is right for a report file, wrong for /dev/stdout,
            // /dev/null or a named pipe, which must be written in place.
            let exists = FileManager.default.fileExists(atPath: output)
            let attributes = exists ? try? FileManager.default.attributesOfItem(atPath: output) : nil
            regular = !exists || (attributes?[.type] as? FileAttributeType) == .typeRegular
            target = regular ? "\(output).\(ProcessInfo.processInfo.processIdentifier).partial" : output
            if regular, !FileManager.default.createFile(atPath: target, contents: nil) {
                throw CocoaError(.fileWriteNoPermission)
            }
            guard let h = FileHandle(forWritingAtPath: target) else { throw CocoaError(.fileWriteNoPermission) }
            handle = h
        } catch {
            throw failed(error)
        }
        do {
            // Errors of the report itself pass through as they are; errors of writing name the file.
            try body { piece in
                do { try Self.writeAll(piece, to: handle.fileDescriptor) } catch { throw failed(error) }
            }
            do {
                try handle.close()
                if regular, rename(target, output) != 0 { throw CocoaError(.fileWriteUnknown) }
            } catch { throw failed(error) }
        } catch {
            try? handle.close()
            if regular { try? FileManager.default.removeItem(atPath: target) }
            throw error
        }
    }

    /// The piece's UTF-8 bytes as they are stored, without a copy into `Data` first (a large report
    /// is hundreds of megabytes); a short write continues where it stopped.
    static func writeAll(_ piece: String, to descriptor: Int32) throws {
        var piece = piece
        try piece.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                done += n
            }
        }
    }
}
