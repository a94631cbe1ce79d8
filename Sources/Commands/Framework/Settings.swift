// Settings: the values of the shell's options (`set NAME VALUE`) for one session.
import Rendering

public struct Settings: Sendable {
    public var format: OutputFormat = .table
    /// nil: take the terminal's width (or COLUMNS, else 80).
    public var width: Int?
    public var color: Toggle = .auto
    /// nil: unicode when the locale is UTF-8.
    public var charset: Charset?
    public var pager: Toggle = .auto
    public var timing: Bool = false
    public var context = ContextWidth(amount: 8, unit: .words)
    public var limit: Int = 20
    /// Stop a script at its first error.
    public var bail: Bool = true
    /// Say on standard error what `> file` wrote: on a terminal (auto), always, or never.
    public var confirm: Toggle = .auto
    /// Where provenance goes: with files only (`> out.csv`), or also on standard output.
    public var provenance: ProvenanceMode = .files
    /// Groups of fewer than 5 write-ups in count, chart and track: shown plainly, marked, or hidden.
    public var smallGroups: SmallGroupMode = .mark
    /// Map the index from a snapshot of the loaded folders when valid, and save one after a build.
    public var snapshot: Bool = true
    public init() {}
}

/// `set provenance files|always`.
public enum ProvenanceMode: String, Sendable, CaseIterable {
    /// Every `> file` carries it (JSON object, Markdown caption, text lines, or FILE.meta.json beside CSV/TSV).
    case files
    /// Also JSON, Markdown and text on standard output (CSV and TSV there stay plain data).
    case always
}
