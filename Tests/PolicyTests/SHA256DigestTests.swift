import Testing

@testable import Policy

/// The fingerprint's SHA-256 against the FIPS 180-4 examples (and the empty message): a wrong
/// digest would silently re-open every baselined finding. The golden reports pin real
/// fingerprints end to end.
@Suite struct SHA256DigestTests {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }

    @Test func fipsExamples() {
        #expect(
            hex(SHA256Digest.hash(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(SHA256Digest.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            hex(SHA256Digest.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            hex(SHA256Digest.hash([UInt8](repeating: 0x61, count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Messages whose padding falls on each side of a block boundary (55, 56, 63, 64 bytes).
    @Test func paddingAtBlockBoundaries() {
        let expected = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
        ]
        for (count, digest) in expected {
            #expect(hex(SHA256Digest.hash([UInt8](repeating: 0x61, count: count))) == digest, "\(count) bytes")
        }
    }

    /// The fingerprint's hex, written from the state, is the digest's bytes in hex, for messages
    /// of every length across three blocks.
    @Test func hexDigestIsTheDigestInHex() {
        for count in 0...200 {
            let message = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let fromState = message.withUnsafeBufferPointer { SHA256Digest.hexDigest($0) }
            #expect(fromState == hex(SHA256Digest.hash(message)), "\(count) bytes")
        }
        #expect(
            Array("abc".utf8).withUnsafeBufferPointer { SHA256Digest.hexDigest($0) }
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
