/// The version written into TMX headers and memories, and printed by `bitext --version`.
public enum BitextVersion {
    public static let current = "0.1.0"
}
