// main: parse the command line and run; usage errors exit 2, as shells expect.
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

do {
    var command = try ProbeCommand.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let status = ProbeCommand.exitCode(for: error)
    if status == .success {
        print(ProbeCommand.fullMessage(for: error))
        exit(0)
    }
    FileHandleStderr.write(ProbeCommand.fullMessage(for: error) + "\n")
    exit(2)
}
