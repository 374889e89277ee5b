extension KubernetesScanner {
    static let examples: [ScannerExample] = []
}
