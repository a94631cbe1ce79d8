// ToolRunner: an external program run with a time limit, its output captured; killed when it runs over.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a finished run produced.
struct ToolOutput: Sendable {
    var status: Int32
    var stdout: [UInt8]
    var stderr: [UInt8]
    /// The first non-blank line of stderr, for messages.
    var firstErrorLine: String? {
        String(decoding: stderr, as: UTF8.self).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    }
}

enum ToolFailure: Error, Sendable {
    case notFound
    case timedOut
    case outputTooLarge
    case spawnFailed(Int32)
    case cancelled
}

private let spawnLock = NSLock()

enum ToolRunner {
    /// The executable's full path: itself when it holds a slash, else the first match on PATH.
    static func locate(_ tool: String) -> String? {
        if tool.contains("/") { return access(tool, X_OK) == 0 ? tool : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(tool)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// How often a running tool is checked for cancellation: Ctrl-C stops an extraction within this.
    static let cancellationPoll = 0.1

    /// Runs `tool` with `arguments`, no standard input, reading both outputs until it exits. Past
    /// `timeLimit` seconds, when stdout passes `maxOutput` bytes, or once `isCancelled` says so, the process is killed.
    static func run(_ tool: String, _ arguments: [String], timeLimit: Double, maxOutput: Int,
                    isCancelled: @Sendable () -> Bool = { false }) -> Result<ToolOutput, ToolFailure> {
        guard let executable = locate(tool) else { return .failure(.notFound) }
        // Close-on-exec pipes, made and handed over under one lock: a tool started at the same moment
        // by another worker must not inherit them, or our end of file would wait for that tool too.
        spawnLock.lock()
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else { spawnLock.unlock(); return .failure(.spawnFailed(errno)) }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0]); close(outPipe[1]); spawnLock.unlock(); return .failure(.spawnFailed(errno))
        }
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in envp { free(p) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(outPipe[1]); close(errPipe[1])
        spawnLock.unlock()
        guard spawned == 0 else {
            close(outPipe[0]); close(errPipe[0])
            return .failure(spawned == ENOENT ? .notFound : .spawnFailed(spawned))
        }

        var stdout: [UInt8] = [], stderr: [UInt8] = []
        var open = [outPipe[0], errPipe[0]]
        let deadline = monotonicSeconds() + timeLimit
        var failure: ToolFailure?
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            let remaining = deadline - monotonicSeconds()
            if remaining <= 0 { failure = .timedOut; break }
            if isCancelled() { failure = .cancelled; break }
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining, cancellationPoll) * 1000).advanced(by: 1))
            if ready < 0 { if errno == EINTR { continue }; failure = .spawnFailed(errno); break }
            for f in fds where f.revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(f.fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    if f.fd == outPipe[0] { stdout += buffer[0..<n] } else if stderr.count < 65536 { stderr += buffer[0..<n] }
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    open.removeAll { $0 == f.fd }
                }
            }
            if stdout.count > maxOutput { failure = .outputTooLarge; break }
        }
        if failure != nil { kill(pid, SIGKILL) }
        close(outPipe[0]); close(errPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if let failure { return .failure(failure) }
        // Exit status as the shell reports it; a signal counts as 128 + its number.
        let exited = (status & 0x7f) == 0
        return .success(ToolOutput(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
                                   stdout: stdout, stderr: stderr))
    }

    private static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
