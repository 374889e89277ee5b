import Testing

@testable import Scanning

/// An OpenAPI or Swagger document is told by its first key, past blank lines, `#` comments and a
/// JSON document's `{`, whatever the line endings.
struct APIDescriptionTests {
    @Test(arguments: [
        "openapi: 3.0.1\nservers:\n  - url: https://api.example.com\n",
        "# API of the shop\n\nswagger: \"2.0\"\nhost: api.example.com\n",
        "# API of the shop\r\n\r\nopenapi: 3.1.0\r\nservers: []\r\n",
        "{\n  \"openapi\": \"3.0.0\",\n  \"servers\": []\n}\n",
        "{\"swagger\": \"2.0\", \"host\": \"api.example.com\"}",
    ])
    func documentsAreTold(text: String) {
        #expect(TextScanner.isAPIDescription(Array(text.utf8)))
    }

    @Test(arguments: [
        "DB_URL=postgres://db.example.no/orders\nopenapi: 3.0.1\n",
        "# openapi: 3.0.1\nspring.datasource.url=jdbc:postgresql://db/x\n",
        "\r\n\r\n# only comments\r\n",
        "",
        String(repeating: "\n", count: 600) + "openapi: 3.0.1\n",
    ])
    func otherFilesAreNot(text: String) {
        #expect(!TextScanner.isAPIDescription(Array(text.utf8)))
    }
}
