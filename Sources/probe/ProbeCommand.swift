// ProbeCommand: the command-line options, parsed by swift-argument-parser, handed to the Shell's Launcher.
import ArgumentParser
import Commands
import Foundation
import Rendering
import Shell
import Workspace

extension OutputFormat: ExpressibleByArgument {}

struct ProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "A research shell for probation inspection findings.",
        discussion: """
            Without a script, probe starts an interactive shell on the corpus (line editing, history, TAB completion). \
            With FILE, -f FILE, -c CMD or commands on standard input, it runs them in batch: no prompt, no colour, \
            and exit status 1 at the first error (0 when all succeed, 2 for a usage error).
            """,
        version: "probe " + ProbeVersion.number)

    @Argument(help: "A script of probe commands to run (like -f).", completion: .file(extensions: ["probe"]))
    var script: String?

    @Argument(help: ArgumentHelp("Arguments for the script: $1, $2, ... inside it ($# how many, $@ all).", valueName: "arg"))
    var arguments: [String] = []

    @Option(name: .customShort("v"), help: ArgumentHelp("Set a variable the script uses as $NAME; repeat for several.",
                                                       valueName: "name=value"))
    var variable: [String] = []

    @Option(name: .long, help: ArgumentHelp("A folder (or file) of write-ups to load instead of the bundled corpus.", valueName: "dir"),
            completion: .directory)
    var corpus: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a command; repeat for several.", valueName: "cmd"))
    var command: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the commands in a file.", valueName: "file"), completion: .file())
    var file: String?

    @Flag(name: .long, help: "Stop at the first error (the default).")
    var bail = false

    @Flag(name: .long, help: "Run every command even after an error; exit 1 if any failed.")
    var keepGoing = false

    @Flag(name: .customLong("no-rc"), help: "Do not run ~/.proberc first.")
    var noRC = false

    @Flag(name: .customLong("no-snapshot"), help: "Build the index from the files; read and write no index snapshot.")
    var noSnapshot = false

    @Option(name: .long, help: "Output format: table, csv, tsv, json or markdown.")
    var format: OutputFormat?

    @Flag(name: .customLong("no-color"), help: "Never use colour.")
    var noColor = false

    @Option(name: .long, help: ArgumentHelp("Check a folder of write-ups, list every problem, exit 1 on errors.", valueName: "dir"),
            completion: .directory)
    var check: String?

    @Option(name: .customLong("import"), parsing: .upToNextOption,
            help: ArgumentHelp("Write each report PDF, web page or text file (or those in a folder) as a write-up to review.",
                               valueName: "file|dir"), completion: .file())
    var importPaths: [String] = []

    @Option(name: .long, help: ArgumentHelp("With --import: the folder for the write-ups (default: beside each document).",
                                            valueName: "dir"), completion: .directory)
    var to: String?

    @Flag(name: .long, help: "With --import: replace write-ups that exist (otherwise they are skipped).")
    var force = false

    @Flag(name: .customLong("reference"), help: .hidden)
    var reference = false

    func validate() throws {
        if script != nil && file != nil { throw ValidationError("give a script either as FILE or with -f, not both") }
        if bail && keepGoing { throw ValidationError("--bail and --keep-going contradict each other") }
        if !command.isEmpty && (script != nil || file != nil) {
            throw ValidationError("give commands with -c or in a script, not both")
        }
        if importPaths.isEmpty && (to != nil || force) { throw ValidationError("--to and --force go with --import FILE|DIR ...") }
        if !importPaths.isEmpty && (!command.isEmpty || script != nil || file != nil || check != nil) {
            throw ValidationError("--import runs on its own, not with -c, a script or --check")
        }
        if !arguments.isEmpty && script == nil && file == nil {
            throw ValidationError("arguments go after a script: probe SCRIPT ARG ...")
        }
        for v in variable where Self.split(v) == nil {
            throw ValidationError("-v takes NAME=VALUE, with NAME a letter or _ then letters, digits or _: '\(v)'")
        }
    }

    /// `NAME=VALUE` as its parts, or nil when NAME is not a variable name.
    static func split(_ assignment: String) -> (String, String)? {
        guard let eq = assignment.firstIndex(of: "=") else { return nil }
        let name = String(assignment[..<eq])
        guard Variables.isName(name), name != "_" else { return nil }
        return (name, String(assignment[assignment.index(after: eq)...]))
    }

    func run() throws {
        if reference {
            print(HelpText.reference(), terminator: "")
            return
        }
        if let check {
            throw ExitCode(CheckMode.run(path: check))
        }
        var options = LaunchOptions()
        options.corpus = corpus
        options.commands = command
        options.scriptFile = script ?? file
        options.keepGoing = keepGoing
        options.noRC = noRC
        options.noSnapshot = noSnapshot
        options.format = format
        options.noColor = noColor
        options.importPaths = importPaths
        options.importFolder = to
        options.importReplaces = force
        options.variables = variable.compactMap(Self.split).map { (name: $0.0, value: $0.1) }
        options.scriptArguments = arguments
        let status = Launcher.run(options)
        if status != 0 { throw ExitCode(status) }
    }
}
