import Foundation
import ResidencyCore
import Testing

@testable import Scanning

/// The byte-level shortcuts taken for speed must answer exactly as the slow forms they replaced.
struct FastPathTests {
    @Test(
        "byte substring search agrees with Foundation's",
        arguments: [
            ("postgres_url", "postgres"), ("DB_URL", "url"), ("abc", ""), ("", "a"), ("aab", "ab"),
            ("mongodb+srv://x", "://"), ("ørsta-db", "sta"), ("ørsta-db", "ø"), ("x${A}", "${"),
            ("short", "longer needle"),
        ])
    func infix(haystack: String, needle: String) {
        let expected = needle.isEmpty || haystack.range(of: needle) != nil
        #expect(haystack.hasInfix(needle) == expected)
        #expect(Substring(haystack).hasInfix(needle) == expected)
        if !needle.isEmpty, let r = haystack.range(of: needle) {
            #expect(haystack.rangeOfBytes(needle) == r)
            #expect(
                haystack.utf8Offset(of: needle) == haystack.utf8.distance(from: haystack.startIndex, to: r.lowerBound))
        }
    }

    @Test("search from an offset finds the next occurrence")
    func fromOffset() {
        #expect("db,db,db".utf8Offset(of: "db", from: 1) == 3)
        #expect("db,db,db".utf8Offset(of: "db", from: 7) == nil)
        let s = Substring("xx-db-yy".dropFirst(2))
        #expect(s.utf8Offset(of: "db") == 1)
    }

    @Test(
        "IPv4 on bytes keeps the old rules",
        arguments: [
            ("10.0.0.5", true), ("255.255.255.255", true), ("010.1.1.1", true), ("256.1.1.1", false),
            ("1.2.3", false), ("1.2.3.4.5", false), ("1..2.3", false), ("1.2.3.", false), (".1.2.3", false),
            ("1234.1.1.1", false), ("a.b.c.d", false), ("", false),
        ])
    func ipv4(text: String, expected: Bool) {
        #expect(HostSyntax.isIPv4(Substring(text)) == expected)
    }

    @Test(
        "values that cannot name a host are dismissed before the key is read",
        arguments: [
            ("", false), ("8080", false), ("0.75", false), ("2.0.1", false), ("-1", false), ("true", false),
            ("None", false),
            ("10.0.0.5", true), ("db", true), ("${DB_HOST}", true), ("::1", true), ("kafka-0:9092,kafka-1:9092", true),
            ("undefined!", true),
        ])
    func mayHoldHost(value: String, expected: Bool) {
        #expect(HostSyntax.mayHoldHost(Substring(value)) == expected)
    }

    @Test("the pre-filter loses no host a host key holds")
    func preFilterKeepsHosts() {
        for value in ["10.0.0.5", "db.internal", "kafka-0:9092", "[2001:db8::1]:5432", "${DB_HOST:pg.internal}"] {
            let found = ValueScanner.matches(in: Substring(value), key: "DB_HOST")
            #expect(!found.isEmpty, "\(value)")
        }
        for value in ["true", "8080", "0.75"] {
            #expect(ValueScanner.matches(in: Substring(value), key: "DB_HOST").isEmpty, "\(value)")
        }
    }

    @Test(
        "a sentence where a host belongs is not a host list",
        arguments: [
            ("endpoint for your tennant", true), ("zk1 zk2 zk3", false), ("10.0.0.1 10.0.0.2", false),
            ("db.osl.example.no cache.osl.example.no", false), ("kafka-0:9092 kafka-1:9092", false), ("db", false),
            ("db1 db2, db3", false), ("primary, replica", false),
            ("Enter one or more LDAP hosts, separated by commas.", true),
        ])
    func sentence(value: String, expected: Bool) {
        #expect(ValueScanner.isSentence(Array(value.utf8)) == expected)
        if expected { #expect(ValueScanner.matches(in: Substring(value), key: "ENDPOINT").isEmpty) }
    }

    @Test(
        "test code is told apart from code that ships",
        arguments: [
            ("tests/Basket.UnitTests/Helpers/TestServerCallContext.cs", true),
            ("src/shipping/shippingservice_test.go", true),
            ("src/app/OrderServiceTests.cs", true), ("web/src/cart.test.js", true), ("scripts/test_connect.py", true),
            ("src/ClientApp/Mocks/MockSettingsService.cs", true), ("src/latest.py", false),
            ("src/contest/Contest.java", false),
            ("src/orders/OrderService.java", false),
        ])
    func testPaths(path: String, expected: Bool) {
        #expect(TextScanner.isTestPath(path) == expected)
    }

    @Test(
        "file names and fill-in addresses are not hosts; country and brand domains are",
        arguments: [
            ("fake_product_01.png", false), ("status.json", false), ("192.168.178.x", false), ("app.log", false),
            ("db.internal.zip", true), ("oslo.pl", true), ("maps.map", true), ("api.example.no", true),
        ])
    func fileNames(name: String, expected: Bool) {
        #expect(HostSyntax.isHostLike(Substring(name)) == expected)
    }

    @Test("the POSIX reader reads whole files, enforces the limit, and does not block on a pipe")
    func posixRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("residency-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = String(repeating: "DB_URL=postgres://db.internal:5432/app\n", count: 3000)
        let file = dir.appendingPathComponent("big.env")
        try text.write(to: file, atomically: true, encoding: .utf8)
        guard case .success(let bytes) = FileReader.readBytes(path: file.path, maxSize: 1 << 20) else {
            Issue.record("not read")
            return
        }
        #expect(bytes == Array(text.utf8))
        guard case .failure(.tooLarge) = FileReader.readBytes(path: file.path, maxSize: 1000) else {
            Issue.record("limit not enforced")
            return
        }
        let empty = dir.appendingPathComponent("empty")
        try Data().write(to: empty)
        guard case .success(let none) = FileReader.readBytes(path: empty.path, maxSize: 10) else {
            Issue.record("empty file not read")
            return
        }
        #expect(none.isEmpty)
        let fifo = dir.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        guard case .failure(.notRegular) = FileReader.readBytes(path: fifo.path, maxSize: 10) else {
            Issue.record("a named pipe was not refused")
            return
        }
    }
}
