// ProbeVersion: the one version number, shown by `probe --version`, in the shell's banner and in every provenance record.

public enum ProbeVersion {
    public static let number = "0.1.0"

    /// The banner's first line: "probe 0.1.0 · loaded …".
    public static func bannerTitle(_ summary: String) -> String { "probe \(number) · " + summary }
}
