import ResidencyCore
import Testing

@testable import Policy

/// The transfer mechanism the shipped policy implies, per location and for the worst of several.
@Suite struct TransferMechanismTests {
    private let policy: ResidencyPolicy?

    init() throws { policy = try PolicyLoader.shipped().residency }

    private func at(_ country: String?, provider: String? = nil) -> Location {
        Location(address: "x", country: country, provider: provider, source: .mmdb)
    }

    @Test func insideAdequateAndThirdCountries() {
        #expect(TransferMechanism.implied(by: [at("NO")], policy: policy) == .none)
        #expect(TransferMechanism.implied(by: [at("GB")], policy: policy) == .adequacyDecision)
        #expect(TransferMechanism.implied(by: [at("IN")], policy: policy) == .standardContractualClauses)
    }

    @Test func theUSIsAdequateOnlyForACertifiedOperator() {
        let us = at("US", provider: "Example Inc.")
        #expect(TransferMechanism.implied(by: [us], policy: policy) == .standardContractualClauses)
        #expect(TransferMechanism.implied(by: [us], policy: policy) { _ in .certified } == .adequacyDecision)
    }

    @Test func theWorstLocationDecidesAndUnplacedIsUnknown() {
        #expect(TransferMechanism.implied(by: [at("SE"), at("IN")], policy: policy) == .standardContractualClauses)
        #expect(TransferMechanism.implied(by: [at("SE"), at(nil)], policy: policy) == .unknown)
        #expect(TransferMechanism.implied(by: [], policy: policy) == .unknown)
        #expect(TransferMechanism.implied(by: [at("SE")], policy: nil) == .unknown)
    }
}
