import ConfigFiles

extension YAMLFailure {
    /// The failure of reading `text`, its byte offsets placed by the scanners' own line table.
    init(_ error: any Error, in text: SourceText) {
        self.init(error, position: text.position(ofByte:))
    }
}
