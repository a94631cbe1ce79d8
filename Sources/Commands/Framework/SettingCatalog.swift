// SettingCatalog: every setting, one definition each, driving `set`, `show options`, completion and the reference.
import Rendering

public enum SettingCatalog {
    public static let all: [SettingSpec] = [
        SettingSpec(name: "format", values: OutputFormat.allCases.map(\.rawValue),
                    help: "output format: table for people; csv, tsv, json, markdown for the data",
                    get: { $0.format.rawValue },
                    set: { s, v in guard let f = OutputFormat(rawValue: v) else { return false }; s.format = f; return true }),
        SettingSpec(name: "width", values: ["auto", "40", "80", "120"],
                    help: "line width in columns (auto: the terminal's, or COLUMNS, else 80)",
                    get: { $0.width.map(String.init) ?? "auto" },
                    set: { s, v in
                        if v == "auto" { s.width = nil; return true }
                        guard let n = Int(v), (20...1000).contains(n) else { return false }
                        s.width = n; return true
                    }),
        SettingSpec(name: "color", values: Toggle.allCases.map(\.rawValue),
                    help: "colour: auto uses it on a terminal unless NO_COLOR is set or TERM=dumb",
                    get: { $0.color.rawValue },
                    set: { s, v in guard let t = Toggle(rawValue: v) else { return false }; s.color = t; return true }),
        SettingSpec(name: "charset", values: ["auto"] + Charset.allCases.map(\.rawValue),
                    help: "characters for bars and charts: unicode blocks or plain ascii",
                    get: { $0.charset?.rawValue ?? "auto" },
                    set: { s, v in
                        if v == "auto" { s.charset = nil; return true }
                        guard let c = Charset(rawValue: v) else { return false }
                        s.charset = c; return true
                    }),
        SettingSpec(name: "pager", values: Toggle.allCases.map(\.rawValue),
                    help: "page long output through $PAGER (default less -FRX) on a terminal",
                    get: { $0.pager.rawValue },
                    set: { s, v in guard let t = Toggle(rawValue: v) else { return false }; s.pager = t; return true }),
        SettingSpec(name: "timing", values: ["on", "off"], help: "print how long each command took",
                    get: { $0.timing ? "on" : "off" },
                    set: { s, v in guard let b = onOff(v) else { return false }; s.timing = b; return true }),
        SettingSpec(name: "context", values: ["4w", "8w", "12w", "40c", "60c"],
                    help: "concordance context each side: words (8w) or characters (40c)",
                    get: { $0.context.description },
                    set: { s, v in guard let c = ContextWidth(parsing: v) else { return false }; s.context = c; return true }),
        SettingSpec(name: "limit", values: ["10", "20", "50", "100"], help: "results shown by find and kwic before \"N more\"",
                    get: { String($0.limit) },
                    set: { s, v in guard let n = Int(v), (1...100_000).contains(n) else { return false }; s.limit = n; return true }),
        SettingSpec(name: "bail", values: ["on", "off"], help: "stop a script at its first error (off: keep going)",
                    get: { $0.bail ? "on" : "off" },
                    set: { s, v in guard let b = onOff(v) else { return false }; s.bail = b; return true }),
        SettingSpec(name: "confirm", values: Toggle.allCases.map(\.rawValue),
                    help: "say what > file wrote (\"wrote 24 rows to counts.csv\"): auto on a terminal, on in scripts too",
                    get: { $0.confirm.rawValue },
                    set: { s, v in guard let t = Toggle(rawValue: v) else { return false }; s.confirm = t; return true }),
        SettingSpec(name: "provenance", values: ProvenanceMode.allCases.map(\.rawValue),
                    help: "how a table was made goes with every > file; always: with json, markdown and text on the screen too",
                    get: { $0.provenance.rawValue },
                    set: { s, v in guard let m = ProvenanceMode(rawValue: v) else { return false }; s.provenance = m; return true }),
        SettingSpec(name: "smallgroups", values: SmallGroupMode.allCases.map(\.rawValue),
                    help: "groups of fewer than 5 write-ups in count, chart and track: show plainly, mark with * (default), "
                        + "or hide (named in a footer, left out of the data, and said in its provenance)",
                    get: { $0.smallGroups.rawValue },
                    set: { s, v in guard let m = SmallGroupMode(rawValue: v) else { return false }; s.smallGroups = m; return true }),
        SettingSpec(name: "snapshot", values: ["on", "off"],
                    help: "load and reload map the index from a snapshot in the cache folder when the files are unchanged, and save one after a build",
                    get: { $0.snapshot ? "on" : "off" },
                    set: { s, v in guard let b = onOff(v) else { return false }; s.snapshot = b; return true }),
    ]

    public static func named(_ name: String) -> SettingSpec? { all.first { $0.name == name.lowercased() } }

    static func onOff(_ v: String) -> Bool? {
        switch v { case "on", "true", "yes", "1": true; case "off", "false", "no", "0": false; default: nil }
    }
}
