import ConfigFiles

/// A policy file that cannot be used as written (an auditor fails closed): the shared config-file
/// error, naming the file and, where known, the line, so the CLI prints it as the single exit-2 line.
public typealias PolicyError = ConfigFileError
