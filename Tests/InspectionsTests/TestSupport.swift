// TestSupport: temporary corpus folders written by each test, and paths to the project's own files.
import Foundation
import XCTest
@testable import Inspections

/// A temporary folder removed when the test case ends.
final class TempCorpus {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("probe-inspections-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    /// Diagnostics rendered with this folder's path removed, so expectations read "x.md:3:1: ...".
    func rendered(_ result: LoadResult) -> [String] {
        result.diagnostics.map { $0.rendered.replacingOccurrences(of: path + "/", with: "") }
    }
}

enum ProjectPaths {
    /// The repository root, found from this file's path (Tests/InspectionsTests/TestSupport.swift).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus").path
    static let providers = root.appendingPathComponent("Corpus/providers.yaml").path
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static let registry: ProviderRegistry = ProviderRegistry.load(path: providers).registry
}

/// A complete write-up in the Corpus format, varied by its arguments.
func writeUp(id: String = "test-crc-2019", provider: String = "Test CRC", type: String = "CRC",
             extra: String = "", body: String = "# Test CRC\n\nSummary.\n\n## Findings\n- One finding.\n") -> String {
    "---\nid: \(id)\nprovider: \(provider)\ntype: \(type)\n\(extra)---\n\(body)"
}
