/// The shape of a JUnit XML report before it is written: suites of test cases, each passed,
/// failed or skipped. Kept apart from the XML so the counts are computed from the same values
/// that are printed, and cannot drift from them.
struct JUnitReport {
    enum Outcome {
        /// `output` becomes `<system-out>`: a finding below the gate is still visible in CI.
        case passed(output: String?)
        case failure(type: String, message: String, body: String)
        case skipped(message: String)
    }

    struct TestCase {
        var classname: String
        var name: String
        var file: String?
        var outcome: Outcome
    }

    struct Suite {
        var name: String
        var cases: [TestCase]

        var failures: Int { cases.filter { if case .failure = $0.outcome { return true } else { return false } }.count }
        var skipped: Int { cases.filter { if case .skipped = $0.outcome { return true } else { return false } }.count }
    }

    var name: String
    var suites: [Suite]

    var tests: Int { suites.reduce(0) { $0 + $1.cases.count } }
    var failures: Int { suites.reduce(0) { $0 + $1.failures } }
    var skipped: Int { suites.reduce(0) { $0 + $1.skipped } }

    /// Written with every attribute and text escaped; two-space indentation.
    func xml() -> String {
        let a = MarkupEscaping.attribute
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<testsuites name=\"\(a(name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
        for suite in suites {
            out +=
                "  <testsuite name=\"\(a(suite.name))\" tests=\"\(suite.cases.count)\" failures=\"\(suite.failures)\" "
                + "errors=\"0\" skipped=\"\(suite.skipped)\">\n"
            out += suite.cases.concurrentMap(testCase).joined()  // each case alone: on all cores
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    private func testCase(_ c: TestCase) -> String {
        let a = MarkupEscaping.attribute
        let t = MarkupEscaping.text
        var open = "    <testcase classname=\"\(a(c.classname))\" name=\"\(a(c.name))\""
        if let file = c.file { open += " file=\"\(a(file))\"" }
        switch c.outcome {
        case .passed(nil):
            return open + "/>\n"
        case .passed(let output?):
            return open + ">\n      <system-out>\(t(output))</system-out>\n    </testcase>\n"
        case .failure(let type, let message, let body):
            return open
                + ">\n      <failure type=\"\(a(type))\" message=\"\(a(message))\">\(t(body))</failure>\n    </testcase>\n"
        case .skipped(let message):
            return open + ">\n      <skipped message=\"\(a(message))\"/>\n    </testcase>\n"
        }
    }
}
