extension DockerfileScanner {
    static let examples: [ScannerExample] = []
}
