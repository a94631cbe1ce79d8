// ProbeProcess: runs the built probe binary, for tests of batch mode, exit codes and pipes.
import Foundation
import XCTest

struct ProbeRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum ProbeProcess {
    /// The probe binary next to the test bundle (`swift build --build-tests` builds both).
    static var binary: URL? {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("probe") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs probe with `arguments` (plus `--no-rc`), feeding `stdin`; HOME points at an empty folder so no
    /// user file is read or written.
    static func run(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:],
                    directory: URL? = nil) throws -> ProbeRun {
        guard let binary else { throw XCTSkip("probe binary not built; run swift build --build-tests") }
        let p = Process()
        p.executableURL = binary
        p.arguments = ["--no-rc"] + arguments
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("probe-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var env = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        for (k, v) in extra { env[k] = v }
        p.environment = env
        if let directory { p.currentDirectoryURL = directory }
        // stderr goes to a file so a large stdout and stderr cannot both fill pipes and block the child.
        let errURL = home.appendingPathComponent("stderr.txt")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let errFile = try FileHandle(forWritingTo: errURL)
        let out = Pipe(), input = Pipe()
        p.standardOutput = out; p.standardError = errFile; p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try errFile.close()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return ProbeRun(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                        stderr: String(decoding: errData, as: UTF8.self))
    }

    static var miniCorpus: String { Golden.fixtures.appendingPathComponent("mini").path }

    /// A temporary folder with the given files, for script tests; removed when the test that made it ends.
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        TemporaryFolders.shared.add(dir)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }
}

/// Folders made by `ProbeProcess.folder`, removed as each test case finishes, so none is left in /tmp.
final class TemporaryFolders: NSObject, XCTestObservation, @unchecked Sendable {
    static let shared: TemporaryFolders = {
        let folders = TemporaryFolders()
        XCTestObservationCenter.shared.addTestObserver(folders)
        return folders
    }()
    private let lock = NSLock()
    private var urls: [URL] = []

    func add(_ url: URL) { lock.withLock { urls.append(url) } }

    func testCaseDidFinish(_ testCase: XCTestCase) {
        let finished = lock.withLock { () -> [URL] in defer { urls = [] }; return urls }
        for url in finished { try? FileManager.default.removeItem(at: url) }
    }
}
