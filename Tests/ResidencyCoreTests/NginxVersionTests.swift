import ResidencyCore
import Testing

/// nginx releases as the estate file states them: strict parsing, numeric order, and the
/// release from which keep-alive to upstreams is the default (1.29.7).
@Suite struct NginxVersionTests {
    @Test(arguments: ["1.29.7", "1.30.0", "2.0.0", "1.29.10"])
    func keepAliveDefaultFrom1_29_7(text: String) throws {
        #expect(try #require(NginxVersion(text)).keepsUpstreamConnectionsAlive)
    }

    @Test(arguments: ["1.29.6", "1.28.0", "1.9.15", "0.8.55"])
    func olderReleasesSpeakHTTP10(text: String) throws {
        #expect(try !#require(NginxVersion(text)).keepsUpstreamConnectionsAlive)
    }

    @Test(arguments: ["", "1.29", "1.29.7.1", "v1.29.7", "1.29.x", "1..7", "1.29.7 ", "+1.29.7", "1.29.-7", "１.29.7"])
    func rejected(text: String) {
        #expect(NginxVersion(text) == nil)
    }

    @Test func ordersNumericallyNotAsText() throws {
        #expect(try #require(NginxVersion("1.29.10")) > #require(NginxVersion("1.29.9")))
        #expect(NginxVersion("1.30.0")?.description == "1.30.0")
    }
}
