import ResidencyCore
import Testing

@testable import Policy

/// The round-trip model against measured figures (issues 5 and 12): Oslo–Amsterdam 15–20 ms,
/// Oslo–Stockholm 7–10, Oslo–Frankfurt 20–25, Oslo–Dublin 30–40, Oslo–us-east-1 90–110,
/// Frankfurt–Dublin 18–24, within one Oslo datacentre well under 1 ms, three cross-region hops
/// 60–100 ms.
@Suite struct LatencyModelTests {
    static let oslo = GeoPoint(latitude: 59.91, longitude: 10.75)
    static let amsterdam = GeoPoint(latitude: 52.37, longitude: 4.90)
    static let frankfurt = GeoPoint(latitude: 50.11, longitude: 8.68)
    static let dublin = GeoPoint(latitude: 53.35, longitude: -6.26)
    static let stockholm = GeoPoint(latitude: 59.33, longitude: 18.07)
    static let ashburn = GeoPoint(latitude: 39.04, longitude: -77.49)

    /// The calibration table: each pair must land in its measured range, both ways.
    static let measured: [(String, GeoPoint, GeoPoint, ClosedRange<Double>)] = [
        ("Oslo–Amsterdam", oslo, amsterdam, 15...20),
        ("Oslo–Stockholm", oslo, stockholm, 7...10),
        ("Oslo–Frankfurt", oslo, frankfurt, 20...25),
        ("Oslo–Dublin", oslo, dublin, 30...40),
        ("Oslo–us-east-1", oslo, ashburn, 90...110),
        ("Frankfurt–Dublin", frankfurt, dublin, 18...24),
    ]

    /// The shipped numbers (policies/norway-latency.yaml): the calibration is of the policy users get.
    let model: LatencyModel

    init() throws {
        model = LatencyModel(try #require(PolicyLoader.shipped().latency).model)
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
        let pole = GeoPoint(latitude: 90, longitude: 0)
        let equator = GeoPoint(latitude: 0, longitude: 0)
        #expect(abs(equator.distanceKm(to: pole) - Double.pi / 2 * 6371) < 0.001)
    }

    @Test func osloToAmsterdamIs15To20ms() {
        let rtt = model.roundTripMs(from: Self.oslo, to: Self.amsterdam)
        #expect(rtt >= 15 && rtt <= 20, "\(rtt)")
    }

    @Test(arguments: measured.indices)
    func calibratedPairs(_ i: Int) {
        let (name, a, b, range) = Self.measured[i]
        let there = model.roundTripMs(from: a, to: b)
        let back = model.roundTripMs(from: b, to: a)
        #expect(range.contains(there), "\(name): \(there) ms")
        #expect(abs(there - back) < 1e-9, "\(name) is symmetric")
    }

    /// Between the Nordics and Ireland the route runs through Amsterdam and London: a pure
    /// great-circle estimate (1,262 km, ~23 ms) would undercount it by a third.
    @Test func nordicIrishRoutesTakeTheDetour() {
        let route = RoutePaths.routeKm(from: Self.oslo, to: Self.dublin)
        #expect(
            abs(
                route
                    - (Self.oslo.distanceKm(to: Self.amsterdam) + Self.amsterdam.distanceKm(to: RoutePaths.london)
                        + RoutePaths.london.distanceKm(to: Self.dublin))) < 1e-6)
        #expect(RoutePaths.routeKm(from: Self.oslo, to: Self.frankfurt) == Self.oslo.distanceKm(to: Self.frankfurt))
        #expect(RoutePaths.routeKm(from: Self.frankfurt, to: Self.dublin) == Self.frankfurt.distanceKm(to: Self.dublin))
    }

    /// Long-haul kilometres are cheaper than regional ones, and the estimate never falls as the
    /// route grows.
    @Test func longHaulBand() {
        let m = LatencyModel(LatencyFrame.referenceModel)
        #expect(abs(m.roundTripMs(distanceKm: 4000) - (2 * (3000 * 1.8 + 1000 * 1.25) / 200 + 0.5)) < 1e-9)
        var previous = -1.0
        for km in stride(from: 0.0, through: 12_000, by: 250) {
            let rtt = m.roundTripMs(distanceKm: km)
            #expect(rtt > previous)
            previous = rtt
        }
    }

    @Test func withinOneOsloSiteIsUnder1ms() {
        let rack = GeoPoint(latitude: 59.92, longitude: 10.76)
        #expect(model.roundTripMs(from: Self.oslo, to: Self.oslo) < 1)
        #expect(model.roundTripMs(from: Self.oslo, to: rack) < 1)
    }

    @Test func threeCrossRegionHopsAre60To100ms() {
        let total =
            model.roundTripMs(from: Self.oslo, to: Self.frankfurt)
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
