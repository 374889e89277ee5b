import Testing
import ResidencyCore
@testable import Policy

/// The round-trip model against measured figures (issue 5): Oslo–Amsterdam 15–20 ms, within
/// one Oslo datacentre well under 1 ms, three cross-region hops 60–100 ms.
@Suite struct LatencyModelTests {
    static let oslo = GeoPoint(latitude: 59.91, longitude: 10.75)
    static let amsterdam = GeoPoint(latitude: 52.37, longitude: 4.90)
    static let frankfurt = GeoPoint(latitude: 50.11, longitude: 8.68)
    static let dublin = GeoPoint(latitude: 53.35, longitude: -6.26)
    static let stockholm = GeoPoint(latitude: 59.33, longitude: 18.07)

    /// The shipped numbers (policies/norway-latency.yaml): the calibration is of the policy users get.
    let model: LatencyModel

    init() throws {
        model = LatencyModel(try #require(PolicyLoader.shipped.latency).model)
    }

    @Test func theShippedModelIsTheReferenceOne() {
        #expect(model.model == LatencyFrame.referenceModel)
    }

    @Test func haversineDistances() {
        #expect(abs(Self.oslo.distanceKm(to: Self.amsterdam) - 914) < 10)
        #expect(abs(Self.oslo.distanceKm(to: Self.stockholm) - 416) < 10)
        #expect(Self.oslo.distanceKm(to: Self.oslo) == 0)
        #expect(abs(Self.oslo.distanceKm(to: Self.dublin) - Self.dublin.distanceKm(to: Self.oslo)) < 1e-9)
        // A quarter of the meridian: π/2 · 6371 km.
        let pole = GeoPoint(latitude: 90, longitude: 0), equator = GeoPoint(latitude: 0, longitude: 0)
        #expect(abs(equator.distanceKm(to: pole) - Double.pi / 2 * 6371) < 0.001)
    }

    @Test func osloToAmsterdamIs15To20ms() {
        let rtt = model.roundTripMs(from: Self.oslo, to: Self.amsterdam)
        #expect(rtt >= 15 && rtt <= 20, "\(rtt)")
    }

    @Test func withinOneOsloSiteIsUnder1ms() {
        let rack = GeoPoint(latitude: 59.92, longitude: 10.76)
        #expect(model.roundTripMs(from: Self.oslo, to: Self.oslo) < 1)
        #expect(model.roundTripMs(from: Self.oslo, to: rack) < 1)
    }

    @Test func threeCrossRegionHopsAre60To100ms() {
        let total = model.roundTripMs(from: Self.oslo, to: Self.frankfurt)
            + model.roundTripMs(from: Self.frankfurt, to: Self.dublin)
            + model.roundTripMs(from: Self.dublin, to: Self.stockholm)
        #expect(total >= 60 && total <= 100, "\(total)")
    }

    @Test func theFormula() {
        // 2 · 1000 km · 1.8 / 200 km/ms + 0.5 ms
        let reference = LatencyModel(LatencyFrame.referenceModel)
        #expect(abs(reference.roundTripMs(distanceKm: 1000) - 18.5) < 1e-9)
    }

    @Test func aHopWithoutReusePaysHandshakes() {
        let model = LatencyModel(LatencyFrame.referenceModel)
        let rtt = model.roundTripMs(distanceKm: 1000)
        #expect(model.hopMs(distanceKm: 1000, roundTrips: 1, reusesConnections: true, tls: true) == rtt)
        #expect(model.hopMs(distanceKm: 1000, roundTrips: 1, reusesConnections: false, tls: false) == 2 * rtt)
        #expect(model.hopMs(distanceKm: 1000, roundTrips: 1, reusesConnections: false, tls: true) == 3 * rtt)
        let tls12 = LatencyModel(RoundTripModel(stretch: 1.8, fixedMs: 0.5, tlsHandshakeRoundTrips: 2))
        #expect(tls12.roundTrips(3, reusesConnections: false, tls: true) == 6)
    }
}
