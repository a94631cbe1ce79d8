// CorpusLoader: files and folders in, reports and diagnostics out; files are read and parsed in parallel.
import Dispatch
import Documents
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything a load produced. Reports are sorted by id and diagnostics by location, so output never
/// depends on thread timing or directory order.
public struct LoadResult: Sendable {
    public var reports: [InspectionReport]
    public var diagnostics: [LoadDiagnostic]
    /// Files that could not be loaded (each has an error among the diagnostics).
    public var skipped: Int
    public var warnings: Int
    public var errors: Int
    /// Write-up files considered (loaded or skipped).
    public var files: Int
    /// Bytes read.
    public var bytes: Int
    /// The registry providers were resolved in, when a providers.yaml was loaded or given.
    public var registry: ProviderRegistry?
    /// True when the load was cancelled part-way: the result holds only the files read before.
    public var cancelled = false
    /// Every file the load considered (write-ups, documents, providers.yaml), as found before reading, by path.
    public var sources: [SourceStamp] = []

    public init(reports: [InspectionReport] = [], diagnostics: [LoadDiagnostic] = [], skipped: Int = 0, warnings: Int = 0,
                errors: Int = 0, files: Int = 0, bytes: Int = 0, registry: ProviderRegistry? = nil) {
        self.reports = reports; self.diagnostics = diagnostics; self.skipped = skipped; self.warnings = warnings
        self.errors = errors; self.files = files; self.bytes = bytes; self.registry = registry
    }
}

/// Loads write-ups from files and folders.
///
/// A folder loads recursively: `.md`, `.markdown` and `.txt` write-ups and `.pdf`, `.html` and `.htm` documents, skipping hidden entries, `README.md` at
/// the folder's root and `providers.yaml`; a `providers.yaml` at its root becomes the provider registry.
/// Symbolic links are followed, but a link back into a folder already walked is reported, not followed.
/// A file named directly loads whatever its extension. A file that cannot be loaded is skipped with an
/// error; the others still load.
public struct CorpusLoader: Sendable {
    /// Files larger than this are skipped with an error before being read.
    public var maxFileSize: Int
    /// A registry to resolve providers in; when nil, a `providers.yaml` at a loaded folder's root is used.
    public var registry: ProviderRegistry?
    /// Parallel workers; defaults to the number of active processors.
    public var workers: Int
    /// Called from worker threads after each file, so a shell can draw a progress bar (throttle it there).
    public var progress: (@Sendable (LoadProgress) -> Void)?
    /// Polled before each file, and by a running PDF extraction (which is then stopped); once true, the
    /// remaining files are not read and the result says so.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Reads PDFs and web pages (poppler, libxml2, the extraction cache); tests may hand in their own.
    public var documents: any DocumentExtracting = DocumentReader()
    /// Whether files about one inspection are shown as one (`SameInspection`); `import` keeps them apart.
    public var combinesSameInspection = true
    /// Whether recognised documents are kept beside the document reader's extraction cache (when it has one).
    public var cachesRecognitions = true
    /// The providers documents are recognised against when no registry is given or found in a loaded folder
    /// (the bundled providers.yaml), so a folder of reports joins the providers people know; read only when a
    /// document needs it. Write-ups' front matter never resolves against it.
    public var documentRegistry: (@Sendable () -> ProviderRegistry?)?

    public static let defaultMaxFileSize = 64 << 20
    public static let extensions: Set<String> = ["md", "markdown", "txt", "pdf", "html", "htm"]

    public init(maxFileSize: Int = CorpusLoader.defaultMaxFileSize, registry: ProviderRegistry? = nil,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.maxFileSize = maxFileSize; self.registry = registry; self.workers = max(1, workers)
    }

    /// Loads with default settings.
    public static func load(paths: [String]) -> LoadResult { CorpusLoader().load(paths: paths) }

    public func load(paths: [String]) -> LoadResult {
        var discovery = Discovery()
        for path in paths { discovery.add(path) }
        var diagnostics = discovery.diagnostics
        var registry = self.registry
        if registry == nil, !discovery.registryFiles.isEmpty {
            var providers: [Provider] = [], owners: [Owner] = [], ids = Set<String>()
            for file in discovery.registryFiles {
                let (loaded, problems) = ProviderRegistry.load(path: file)
                diagnostics += problems
                for p in loaded.providers where ids.insert(p.id.lowercased()).inserted { providers.append(p) }
                owners += loaded.owners.filter { o in !owners.contains { $0.name == o.name } }
            }
            registry = ProviderRegistry(providers: providers, owners: owners)
        }
        let files = discovery.files.sorted()
        let totalBytes = progress == nil ? 0 : files.reduce(0) { $0 + FileReader.size(of: $1) }
        var documents = self.documents
        if var reader = documents as? DocumentReader {
            reader.pdf.isCancelled = isCancelled
            documents = reader
        }
        let recognitions = cachesRecognitions ? (documents as? DocumentReader)?.cache.map { RecognitionCache(directory: $0.directory) } : nil
        let context = BuildContext(registry: registry, documents: documents, recognitions: recognitions,
                                   documentRegistry: RecognitionRegistry(registry, fallback: documentRegistry))
        let outcomes = buildAll(files, context: context, totalBytes: totalBytes)

        var result = LoadResult(files: files.count, registry: registry)
        result.sources = (discovery.stamps + discovery.registryFiles.compactMap(SourceStamp.of)).sorted { $0.path < $1.path }
        result.cancelled = outcomes.contains { $0.cancelled }
        result.skipped = discovery.skipped
        var entries: [SameInspection.Entry] = []
        for (path, outcome) in zip(files, outcomes) where !outcome.cancelled {
            result.bytes += outcome.bytes
            if let report = outcome.report {
                entries.append(SameInspection.Entry(report: report, root: discovery.roots[path] ?? 0, idLocation: outcome.idLocation))
            } else {
                result.skipped += 1
            }
            diagnostics += outcome.diagnostics
        }
        if combinesSameInspection {
            let (reports, refused) = SameInspection.combine(entries, diagnostics: &diagnostics)
            result.reports = reports
            result.skipped += refused
        } else {
            result.reports = entries.map(\.report)
        }
        result.reports.sort { $0.id < $1.id }
        result.diagnostics = diagnostics.sorted { a, b in
            (a.location, a.severity, a.message) < (b.location, b.severity, b.message)
        }
        result.warnings = diagnostics.filter { $0.severity == .warning }.count
        result.errors = diagnostics.filter { $0.severity == .error }.count
        return result
    }

    /// Reads and builds every file, in parallel over chunks of consecutive paths; outcomes in path order.
    private func buildAll(_ files: [String], context: BuildContext, totalBytes: Int) -> [FileOutcome] {
        guard !files.isEmpty else { return [] }
        // Enough chunks to balance uneven files, few enough that per-chunk caches pay off.
        let chunkCount = min(files.count, workers * 16)
        let chunkSize = (files.count + chunkCount - 1) / chunkCount
        let chunks = stride(from: 0, to: files.count, by: chunkSize).map { $0..<min($0 + chunkSize, files.count) }
        let box = ChunkResults(count: chunks.count)
        let maxFileSize = self.maxFileSize
        let progress = self.progress, isCancelled = self.isCancelled
        let counter = LoadCounter()
        let work: @Sendable (Int) -> Void = { index in
            var cache = ProviderCache()
            var outcomes: [FileOutcome] = []
            outcomes.reserveCapacity(chunks[index].count)
            for path in files[chunks[index]] {
                if isCancelled() {
                    var skipped = FileOutcome(report: nil, diagnostics: [])
                    skipped.cancelled = true
                    outcomes.append(skipped)
                    continue
                }
                switch FileReader.read(path, maxSize: maxFileSize) {
                case .success(let bytes):
                    outcomes.append(ReportBuilder.build(path: path, bytes: bytes, context: context, cache: &cache))
                case .failure(let diagnostic):
                    outcomes.append(FileOutcome(report: nil, diagnostics: [diagnostic]))
                }
                // An extraction stopped by Ctrl-C is not a bad file: the whole load is abandoned.
                if isCancelled() { outcomes[outcomes.count - 1].cancelled = true }
                if let progress {
                    let last = outcomes[outcomes.count - 1]
                    let (done, bytes, extracted) = counter.add(bytes: last.bytes, extracted: last.extracted)
                    progress(LoadProgress(filesDone: done, filesTotal: files.count, bytesDone: bytes, bytesTotal: totalBytes,
                                          documentsExtracted: extracted))
                }
            }
            box.set(index, outcomes)
        }
        if workers == 1 || chunks.count == 1 {
            for i in chunks.indices { work(i) }
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks.count, execute: work)
        }
        return box.joined()
    }
}

/// How far a load has got, for progress bars.
public struct LoadProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    /// Sum of the files' sizes before reading (0 when not known).
    public var bytesTotal: Int
    /// PDFs and web pages extracted so far by their reader (not found in a cache).
    public var documentsExtracted = 0
}

/// Files and bytes done so far, counted from every worker.
private final class LoadCounter: Sendable {
    private let totals = Locked((files: 0, bytes: 0, extracted: 0))
    func add(bytes b: Int, extracted: Bool) -> (Int, Int, Int) {
        totals.withLock { t in
            t.files += 1; t.bytes += b
            if extracted { t.extracted += 1 }
            return (t.files, t.bytes, t.extracted)
        }
    }
}

/// Per-chunk outcomes written by parallel workers, each slot once.
private final class ChunkResults: Sendable {
    private let slots: Locked<[[FileOutcome]]>
    init(count: Int) { slots = Locked(Array(repeating: [], count: count)) }
    func set(_ i: Int, _ outcomes: [FileOutcome]) { slots.withLock { $0[i] = outcomes } }
    func joined() -> [FileOutcome] { slots.withLock { $0.flatMap { $0 } } }
}

// MARK: - Finding files

/// Walks the paths given to the loader, collecting write-up files, registry files and problems.
struct Discovery {
    var files: [String] = []
    /// Each file's position among the paths added (the folder or file given it), for `SameInspection`.
    var roots: [String: Int] = [:]
    private var rootCount = 0
    var registryFiles: [String] = []
    /// Each file's size and time when found.
    var stamps: [SourceStamp] = []
    var diagnostics: [LoadDiagnostic] = []
    var skipped = 0
    private var visitedDirectories = Set<String>()
    private var seenFiles = Set<String>()

    mutating func add(_ path: String) {
        defer { rootCount += 1 }
        var st = stat()
        guard stat(path, &st) == 0 else {
            let code = errno
            fail(path, code == ELOOP ? "symbolic link loop" : "cannot open: \(describe(code))",
                 hint: code == ELOOP ? "the link leads back to itself; fix or remove it" : nil)
            return
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            let root = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            let registry = root + "/providers.yaml"
            if access(registry, F_OK) == 0 { registryFiles.append(registry) }
            walk(root, isRoot: true)
        } else {
            addFile(path, st)
        }
    }

    private mutating func addFile(_ path: String, _ st: stat) {
        if seenFiles.insert(path).inserted {
            files.append(path); roots[path] = rootCount
            stamps.append(SourceStamp(path: path, st))
        }
    }

    private mutating func walk(_ directory: String, isRoot: Bool) {
        guard let real = realPath(directory) else {
            fail(directory, "cannot open folder: \(describe(errno))"); return
        }
        guard visitedDirectories.insert(real).inserted else {
            fail(directory, "symbolic link loop: this folder is \(real), which is already being loaded",
                 hint: "remove the link, or load the folders it joins separately")
            return
        }
        guard let dir = opendir(directory) else {
            fail(directory, "cannot read folder: \(describe(errno))", hint: "check the folder's permissions"); return
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }       // ., .., and hidden files such as .git or .DS_Store
            names.append(name)
        }
        closedir(dir)
        for name in names.sorted() {
            let path = directory + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0 else { fail(path, "cannot open: \(describe(errno))"); continue }
            var isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
            var isFile = (st.st_mode & S_IFMT) == S_IFREG
            if (st.st_mode & S_IFMT) == S_IFLNK {
                var target = stat()
                guard stat(path, &target) == 0 else {
                    let code = errno
                    if isWriteUp(name) || code == ELOOP {
                        fail(path, code == ELOOP ? "symbolic link loop" : "broken symbolic link: \(describe(code))",
                             hint: "fix or remove the link")
                    }
                    continue
                }
                isDirectory = (target.st_mode & S_IFMT) == S_IFDIR
                isFile = (target.st_mode & S_IFMT) == S_IFREG
                st = target
            }
            if isDirectory {
                walk(path, isRoot: false)
            } else if isFile, isWriteUp(name), !(isRoot && name.lowercased() == "readme.md") {
                addFile(path, st)
            }
        }
    }

    private func isWriteUp(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return CorpusLoader.extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private mutating func fail(_ path: String, _ message: String, hint: String? = nil) {
        diagnostics.append(LoadDiagnostic(.error, SourceLocation(file: path), message, hint: hint))
        skipped += 1
    }

    private func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

func describe(_ code: Int32) -> String {
    switch code {
    case EACCES: "permission denied"
    case ENOENT: "no such file or folder"
    case ELOOP: "symbolic link loop"
    default: String(cString: strerror(code)).lowercased()
    }
}

// MARK: - Reading files

enum FileReader {
    /// The file's size from stat, or 0 when it cannot be read (the read reports why).
    static func size(of path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }

    /// The file's bytes, or an error diagnostic (unreadable, a folder, over the size cap).
    static func read(_ path: String, maxSize: Int) -> Result<[UInt8], LoadDiagnostic> {
        let location = SourceLocation(file: path)
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let code = errno
            return .failure(LoadDiagnostic(.error, location, "cannot read: \(describe(code))",
                                           hint: code == EACCES ? "check the file's permissions" : nil))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            return .failure(LoadDiagnostic(.error, location, "cannot read: \(describe(errno))"))
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            return .failure(LoadDiagnostic(.error, location, "is a folder, not a file"))
        }
        let size = Int(st.st_size)
        if size > maxSize {
            return .failure(LoadDiagnostic(.error, location,
                "file too large: \(sizeDescription(size)), over the \(sizeDescription(maxSize)) limit",
                hint: "a write-up is one inspection; split the file"))
        }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var filled = 0
            while filled < size, let base = buffer.baseAddress {
                let n = Glibc_read(fd, base + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                filled += n
            }
            count = filled
        }
        if failure != 0 { return .failure(LoadDiagnostic(.error, location, "cannot read: \(describe(failure))")) }
        // A file may grow between fstat and read; read what is left, still within the cap.
        while true {
            let chunk = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer -> [UInt8]? in
                guard let base = buffer.baseAddress else { return nil }
                var n = Glibc_read(fd, base, buffer.count)
                while n < 0 && errno == EINTR { n = Glibc_read(fd, base, buffer.count) }
                return n > 0 ? Array(UnsafeBufferPointer(start: base, count: n)) : nil
            }
            guard let chunk else { break }
            bytes += chunk
            if bytes.count > maxSize {
                return .failure(LoadDiagnostic(.error, location,
                    "file too large: over the \(sizeDescription(maxSize)) limit", hint: "a write-up is one inspection; split the file"))
            }
        }
        return .success(bytes)
    }

    /// "64 MiB", "70.5 MiB", "2 KiB", "100 bytes".
    static func sizeDescription(_ n: Int) -> String {
        func scaled(_ unit: Int, _ name: String) -> String {
            let v = Double(n) / Double(unit)
            return (v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)) + " " + name
        }
        if n >= 1 << 20 { return scaled(1 << 20, "MiB") }
        if n >= 1 << 10 { return scaled(1 << 10, "KiB") }
        return "\(n) bytes"
    }
}

/// POSIX read(2), named apart from the many `read` methods in scope.
@inline(__always)
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.read(fd, buffer, count)
    #elseif canImport(Musl)
    return Musl.read(fd, buffer, count)
    #else
    return Glibc.read(fd, buffer, count)
    #endif
}
