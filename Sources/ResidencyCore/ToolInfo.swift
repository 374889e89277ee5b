/// The tool's name and version, as every report states them.
public enum ToolInfo {
    public static let name = "residency"
    public static let version = "0.1.0"
}
