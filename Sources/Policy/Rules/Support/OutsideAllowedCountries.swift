import ResidencyCore

/// What `persistence-outside-eea` and `transfer-outside-eea` share: judge each endpoint of the
/// rule's roles by its worst country, and explain the move that fixes it. They differ in roles,
/// severity and in what Art. 44–49 allow for data at rest versus data sent.
struct OutsideAllowedCountries {
    let persistence: Bool

    func findings<R: Rule>(_ rule: R, input: AuditInput, policy: Policy) -> [Finding] {
        guard let residency = policy.residency else { return [] }
        let frame = LatencyFrame(input: input, policy: policy)
        return input.endpoints.concurrentCompactMap { e -> Finding? in
            let role = e.endpoint.role
            let applies =
                persistence
                ? residency.persistenceRoles.contains(role)
                : residency.transferRoles.contains(role) && !residency.persistenceRoles.contains(role)
            guard applies else { return nil }
            let judgement = CountryJudgement(e.resolution.locations, policy: residency, dpf: input.dpf(of:))
            guard let worst = judgement.worst else { return nil }
            let what = persistence ? "personal data at rest" : "personal data sent to it"
            let message =
                "The \(e.endpoint.phrase) is \(judgement.placement), outside the countries the policy allows for \(what)."
            var evidence = EndpointEvidence.lines(e)
            evidence.append(
                "allowed: \(residency.allowedCountries.count) countries (EEA)"
                    + (residency.allowAdequacy
                        ? " and \(residency.adequacyCountries.count) adequacy countries (the US only for operators certified under the EU-US Data Privacy Framework)"
                        : "")
                    + (residency.allowAdequacy && residency.adequacyCountries.contains(worst)
                        ? "; the \(worst) decision does not cover this operator" : "; \(worst) is not one of them"))
            return rule.finding(
                severity: persistence ? residency.persistenceSeverity : residency.transferSeverity,
                message: message, location: e.endpoint.place, endpoint: e.endpoint, evidence: evidence,
                remediation: remediation(e, judgement: judgement, residency: residency, input: input, frame: frame))
        }
    }

    private func remediation(
        _ e: AuditedEndpoint, judgement: CountryJudgement, residency: ResidencyPolicy,
        input: AuditInput, frame: LatencyFrame
    ) -> [String] {
        var steps: [String] = []
        let what =
            e.endpoint.kind == .other
            ? "the \(e.endpoint.role.noun)" : "the \(e.endpoint.kind.rawValue) \(e.endpoint.role.noun)"
        let advice = judgement.worstLocations.lazy.compactMap { l in
            RegionAdvisor.advise(
                e, location: l, regions: input.providerRegions,
                allows: { residency.allows($0, dpf: input.dpf(of: l)) },
                from: frame.origin, fromName: frame.originName, model: frame.model)
        }.first
        if let advice {
            steps.append(RegionAdvisor.step(advice, what: what))
            if let source = e.endpoint.placement?.regionSource {
                steps.append(RegionAdvisor.terraformStep(advice, source: source))
            }
        } else if let site = input.clusterSite, let country = site.country, residency.allows(country) {
            steps.append(
                "Move \(what) to an allowed country: your own site \(frame.homeLabel), or an EEA region of an EEA-owned provider."
            )
        } else {
            steps.append("Move \(what) to a country the policy allows (the EEA), at a provider or site there.")
        }
        if let note = judgement.adequacyNote(policy: residency) { steps.append(note) }
        if judgement.countries.count > 1 {
            steps.append(
                "It answers from several countries (\(judgement.countries.joined(separator: ", "))): pin it to the allowed ones (a regional endpoint instead of a global or GeoDNS name)."
            )
        }
        if persistence {
            steps.append(
                "Until it moves, storing personal data there is a transfer that needs a GDPR Art. 46 safeguard (standard contractual clauses) with a transfer impact assessment and the supplementary measures of EDPB Recommendations 01/2020; the Art. 49 derogations do not cover systematic storage."
            )
        } else {
            if e.endpoint.role == .telemetry {
                steps.append(
                    "Strip personal data (IP addresses, user ids, request bodies, URLs with identifiers) before export, so what leaves the EEA is not personal data."
                )
            }
            steps.append(
                "If the transfer must happen: a GDPR Art. 46 safeguard (standard contractual clauses) with a transfer impact assessment, sending only what is needed, pseudonymised where possible (EDPB Recommendations 01/2020); Art. 49 derogations only for occasional transfers."
            )
        }
        return steps
    }
}
