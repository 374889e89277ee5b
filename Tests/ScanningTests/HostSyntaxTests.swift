import Testing

@testable import Scanning

/// The byte-level host and port splitting every scanner's connection strings go through.
struct HostSyntaxTests {
    @Test func portsAreOneTo65535InDigitsOnly() {
        for (text, port) in [("5432", 5432), ("1", 1), ("65535", 65535), ("00080", 80)] {
            #expect(HostSyntax.port(Substring(text)) == port, "\(text)")
        }
        for text in ["", "0", "65536", "123456", "+80", "80a", " 80", "８０", "1\u{301}", "-1"] {
            #expect(HostSyntax.port(Substring(text)) == nil, "\(text.debugDescription)")
        }
    }

    @Test func hostAndPortAreSplitAtTheOneColonOrAfterTheBrackets() {
        func split(_ s: String) -> (String, Int, String?) {
            let r = HostSyntax.splitHostPort(Substring(s))
            return (String(r.host), r.hostOffset, r.portText.map(String.init))
        }
        #expect(split("db.example.no:5432") == ("db.example.no", 0, "5432"))
        #expect(split("db.example.no") == ("db.example.no", 0, nil))
        #expect(split("[2001:db8::1]:6379") == ("2001:db8::1", 1, "6379"))
        #expect(split("[2001:db8::1]") == ("2001:db8::1", 1, nil))
        #expect(split("[2001:db8::1") == ("2001:db8::1", 1, nil))
        #expect(split("2001:db8::1") == ("2001:db8::1", 0, nil))
        #expect(split("søk.example.no:8080") == ("søk.example.no", 0, "8080"))
    }

    @Test func localNamesAreToldInAnyCase() {
        for host in [
            "localhost", "LOCALHOST", "api.Localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "Host.Docker.Internal",
        ] {
            #expect(HostSyntax.isLocal(host), "\(host)")
        }
        for host in ["db.example.no", "localhost.example.no", "128.0.0.1", "Ｌocalhost"] {
            #expect(!HostSyntax.isLocal(host), "\(host)")
        }
    }
}
