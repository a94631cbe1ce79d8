// swift-tools-version:6.0
// probe: a research shell for probation inspection findings.
import PackageDescription

let package = Package(
    name: "probe",
    platforms: [.macOS(.v15)],  // Synchronization.Atomic (signal flags)
    products: [
        .executable(name: "probe", targets: ["probe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // MARK: system libraries (C shims; installed with apt-get, see README)
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit",
                       providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]),

        // MARK: libraries, in dependency order
        // Files in, structure out: PDF (poppler's pdftotext), web pages (libxml2) and plain text as
        // headings, paragraphs, list items and table rows with their positions.
        .target(name: "Documents", dependencies: ["CLibXML2"]),
        // Write-ups in, typed reports out; their text kept in zstd blocks once loaded.
        .target(name: "Inspections", dependencies: ["Documents", "CZstd", .product(name: "Yams", package: "Yams")]),
        // Text in, positions out: tokenizer, stemmer, positional index.
        .target(name: "PhraseIndex", dependencies: ["CStemmer"]),
        // Query text -> AST -> matches.
        .target(name: "QueryLanguage", dependencies: ["PhraseIndex"]),
        // The searchable corpus: reports joined to their index, field filters, findings.
        .target(name: "Search", dependencies: ["Inspections", "PhraseIndex", "QueryLanguage"]),
        // Answers built on the index and the ratings: comparison, league, keyness, collocates.
        .target(name: "Analysis", dependencies: ["Inspections", "PhraseIndex", "QueryLanguage", "Search"]),
        // Values -> text, CSV, TSV, JSON, Markdown; width, colour and charset are parameters.
        .target(name: "Rendering"),
        // A session's research workspace: saved sets, tags and their file, scope, variables, samples, provenance.
        .target(name: "Workspace", dependencies: ["Documents", "Inspections", "QueryLanguage", "Search", "Rendering"]),
        // One definition per command; commands return values.
        .target(name: "Commands", dependencies: ["Inspections", "PhraseIndex", "QueryLanguage", "Search",
                                                 "Analysis", "Rendering", "Workspace"]),
        // The only module that touches a terminal.
        .target(name: "Shell", dependencies: ["Commands", "Rendering", "Workspace", "CLibEdit"]),

        // MARK: executable
        .executableTarget(name: "probe", dependencies: [
            "Shell", "Commands", "Inspections", "Rendering", "Workspace",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: tests
        // Seeded generators and random documents shared by the test targets.
        .target(name: "TestSupport", dependencies: ["PhraseIndex"], path: "Tests/TestSupport"),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport"]),
        // The fixtures are read from the source tree (#filePath), not bundled.
        .testTarget(name: "InspectionsTests", dependencies: ["Inspections", "Documents", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PhraseIndexTests", dependencies: ["TestSupport", "PhraseIndex"]),
        .testTarget(name: "QueryLanguageTests", dependencies: ["TestSupport", "QueryLanguage", "PhraseIndex"]),
        .testTarget(name: "SearchTests", dependencies: ["TestSupport", "Search", "Inspections"]),
        .testTarget(name: "AnalysisTests", dependencies: ["TestSupport", "Analysis", "Search", "Inspections"]),
        .testTarget(name: "RenderingTests", dependencies: ["TestSupport", "Rendering"]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "Search", "Inspections"]),
        .testTarget(name: "CommandsTests", dependencies: ["TestSupport", "Commands", "Shell", "Rendering", "Inspections", "Search"],
                    resources: [.copy("Fixtures"), .copy("Golden")]),
        .testTarget(name: "ShellTests", dependencies: ["TestSupport", "Shell"], exclude: ["tmux-check.sh"]),
    ]
)
