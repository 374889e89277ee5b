/// A shell script's own inputs: `HOST=$OPTARG` (getopts), `DB_HOST=$1` (a positional argument),
/// `read REPLY`. The caller gives them when running the script; no configuration file of the
/// estate could set them, so they are not unresolved config placeholders.
enum ShellScriptInput {
    static func isShellScript(_ file: SourceFile) -> Bool {
        let name = file.name.lowercased()
        if [".sh", ".bash", ".zsh", ".ksh"].contains(where: { name.hasSuffix($0) }) { return true }
        return file.text.bytes.starts(with: Array("#!".utf8))
            && file.text.line(1).split(separator: "/").last.map {
                ["sh", "bash", "zsh", "ksh", "dash", "env sh", "env bash"].contains(String($0))
            } == true
    }

    /// `OPTARG`, `REPLY`, `1`…`9` and the special parameters `@ * # ?`.
    static func isScriptInput(_ variable: String) -> Bool {
        ["OPTARG", "REPLY", "@", "*", "#", "?"].contains(variable)
            || (!variable.isEmpty && variable.allSatisfy(\.isNumber))
    }
}
