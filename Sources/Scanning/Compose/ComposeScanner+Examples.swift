extension ComposeScanner {
    static let examples: [ScannerExample] = []
}
