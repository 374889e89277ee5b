import Foundation
import TestSupport

@testable import Scanning

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tree of files that break readers, beside good files that must still be scanned. Built fresh
/// in a temporary folder for each test (the 5 MiB file, FIFO, links and modes cannot be committed
/// sensibly), so nothing here depends on what the checkout preserves.
final class BadInputCorpus: @unchecked Sendable {
    /// What a bad file must produce.
    enum Expectation: Equatable {
        /// Exactly one diagnostic naming this path.
        case diagnostic
        /// Exactly one diagnostic, with a line, when a format scanner claims the path (a parse
        /// error); none when only the text fallback reads it (it parses nothing, so cannot fail).
        case parseErrorIfClaimed
        /// Passed over as binary: no diagnostic, counted in `skippedBinary`.
        case skippedBinary
        /// Not a file to read (a FIFO): the scan must not block on it; exactly one diagnostic.
        case notRead
        /// chmod 000: one diagnostic, unless the process may read it anyway (root), then scanned.
        case unreadableUnlessPrivileged
    }

    struct Good {
        let path: String
        let host: String
        /// 1-based place of the host, when the test pins it (BOM and CRLF files).
        let line: Int?
        let column: Int?
        /// Only a format scanner finds this one (nginx `server`, not a connection string); it is
        /// expected once some format scanner claims the path.
        let needsFormatScanner: Bool
    }

    struct Bad {
        let path: String
        let expectation: Expectation
    }

    let dir = TemporaryDirectory(prefix: "residency-bad-input")
    /// Where the symlink leaving the tree points; must never be read.
    let outside = TemporaryDirectory(prefix: "residency-outside")
    private(set) var good: [Good] = []
    private(set) var bad: [Bad] = []
    /// Secrets written into bad files; no output may contain them.
    let secrets = ["s3cr3t-outside", "s3cr3t-unreadable", "s3cr3t-huge"]
    /// Hosts that live only in files that must not be read.
    let forbiddenHosts = ["outside-tree.db.nordicshop.example.no"]
    /// Whether the chmod-000 file turned out readable (running as root or with CAP_DAC_OVERRIDE).
    private(set) var unreadableIsReadable = false

    var root: URL { dir.url }

    init() {
        writeGoodFiles()
        writeBadFiles()
    }

    private func addGood(
        _ path: String, _ content: String, host: String, line: Int? = nil, column: Int? = nil,
        needsFormatScanner: Bool = false, bytes: [UInt8]? = nil
    ) {
        if let bytes { dir.write(path, bytes: bytes) } else { dir.write(path, content) }
        good.append(Good(path: path, host: host, line: line, column: column, needsFormatScanner: needsFormatScanner))
    }

    private func writeGoodFiles() {
        addGood(
            "good/.env", "DATABASE_URL=postgres://app:pw@good-env.db.nordicshop.example.no:5432/app\n",
            host: "good-env.db.nordicshop.example.no", line: 1, column: 32)
        addGood(
            "good/settings.py",
            "import os\n\nDATABASE_URL = \"mysql://shop:pw@good-text.db.nordicshop.example.no:3306/shop\"\n",
            host: "good-text.db.nordicshop.example.no", line: 3, column: 33)
        addGood(
            "good/k8s/configmap.yaml",
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: good
            data:
              DB_URL: "postgres://good-yaml.db.nordicshop.example.no:5432/app"

            """, host: "good-yaml.db.nordicshop.example.no", line: 6, column: 23)
        addGood(
            "good/nginx/site.conf",
            """
            upstream app {
                server good-nginx.nordicshop.example.no:8080;
                keepalive 8;
            }
            server {
                listen 80;
                location / { proxy_pass http://app; }
            }

            """, host: "good-nginx.nordicshop.example.no", line: 2, column: 12, needsFormatScanner: true)
        // A BOM and CRLF line ends: columns count from the first visible character, and `\r`
        // never becomes part of a value.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        addGood(
            "good/crlf-bom.env", "",
            host: "good-crlf.db.nordicshop.example.no", line: 2, column: 27,
            bytes: bom
                + Array("# orders\r\nORDERS_URL=postgres://o:p@good-crlf.db.nordicshop.example.no:5432/orders\r\n".utf8)
        )
        addGood(
            "good/k8s/crlf-bom.yaml", "",
            host: "good-crlf-yaml.db.nordicshop.example.no", line: 6, column: 23,
            bytes: bom
                + Array(
                    "apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: crlf\r\ndata:\r\n  CACHE_URL: \"redis://good-crlf-yaml.db.nordicshop.example.no:6379/0\"\r\n"
                        .utf8))
    }

    private func writeBadFiles() {
        let fm = FileManager.default

        // Malformed YAML: a double-quoted scalar that never closes runs to the end of the stream.
        dir.write(
            "bad/k8s/broken.yaml",
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: broken
            data:
              DB_URL: "postgres://broken-yaml.db.nordicshop.example.no:5432/app
              LOG_LEVEL: info
              other: [1, 2

            """)
        bad.append(Bad(path: "bad/k8s/broken.yaml", expectation: .parseErrorIfClaimed))

        // nginx with a block that never closes ("unexpected end of file, expecting }").
        dir.write(
            "bad/nginx/unbalanced.conf",
            """
            upstream broken_pool {
                server broken-nginx.nordicshop.example.no:8080;

            server {
                listen 80;
                location / {
                    proxy_pass http://broken_pool;
                }

            """)
        bad.append(Bad(path: "bad/nginx/unbalanced.conf", expectation: .parseErrorIfClaimed))

        // Binary: a NUL in the first 8 KiB, with a connection string that must not be reported.
        dir.write(
            "bad/blob.dat",
            bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01] + Array("postgres://binary.db.nordicshop.example.no/x".utf8))
        bad.append(Bad(path: "bad/blob.dat", expectation: .skippedBinary))

        // Larger than the 5 MiB default limit, by one line.
        var huge = Array("DATABASE_URL=postgres://u:s3cr3t-huge@huge.db.nordicshop.example.no/app\n".utf8)
        let filler = Array("# padding padding padding padding padding padding padding padding padding\n".utf8)
        while huge.count <= ScanOptions.defaultMaxFileSize { huge += filler }
        dir.write("bad/huge.env", bytes: huge)
        bad.append(Bad(path: "bad/huge.env", expectation: .diagnostic))

        // Latin-1, not UTF-8 ("Økern" with 0xD8).
        dir.write(
            "bad/latin1.properties",
            bytes: Array("# lager ".utf8) + [0xD8]
                + Array("kern\ndb.url=jdbc:postgresql://latin1.db.nordicshop.example.no:5432/x\n".utf8))
        bad.append(Bad(path: "bad/latin1.properties", expectation: .diagnostic))

        // Two links pointing at each other.
        link("bad/loop-a.yaml", to: "loop-b.yaml")
        link("bad/loop-b.yaml", to: "loop-a.yaml")
        bad.append(Bad(path: "bad/loop-a.yaml", expectation: .diagnostic))
        bad.append(Bad(path: "bad/loop-b.yaml", expectation: .diagnostic))

        // A directory link back up the tree: following it would walk forever.
        link("bad/up", to: "..")

        // A link leaving the tree, to a file with a secret and a host.
        let target = outside.write(
            "secret.env", "DATABASE_URL=postgres://u:s3cr3t-outside@outside-tree.db.nordicshop.example.no/app\n")
        link("bad/outside.env", to: target.path)
        bad.append(Bad(path: "bad/outside.env", expectation: .diagnostic))

        // A link to nothing.
        link("bad/dangling.yaml", to: "does-not-exist.yaml")
        bad.append(Bad(path: "bad/dangling.yaml", expectation: .diagnostic))

        // A FIFO: opening it for reading would block until a writer comes, i.e. forever.
        let fifo = root.appendingPathComponent("bad/pipe.env").path
        precondition(mkfifo(fifo, 0o644) == 0, "mkfifo failed")
        bad.append(Bad(path: "bad/pipe.env", expectation: .notRead))

        // No read permission.
        let unreadable = dir.write(
            "bad/unreadable.env",
            "DATABASE_URL=postgres://u:s3cr3t-unreadable@unreadable.db.nordicshop.example.no/app\n")
        try! fm.setAttributes([.posixPermissions: 0], ofItemAtPath: unreadable.path)
        unreadableIsReadable = access(unreadable.path, R_OK) == 0
        bad.append(Bad(path: "bad/unreadable.env", expectation: .unreadableUnlessPrivileged))
    }

    private func link(_ relative: String, to destination: String) {
        let url = root.appendingPathComponent(relative)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// Whether some format scanner (not the text fallback) reads this path.
    static func claimedByFormatScanner(_ path: String) -> Bool {
        ScannerRegistry.formatScanners.contains { $0.accepts(path: path) }
    }

    deinit {
        // Give the owner back write access so the temporary folder can be removed.
        let path = root.appendingPathComponent("bad/unreadable.env").path
        try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    }
}
