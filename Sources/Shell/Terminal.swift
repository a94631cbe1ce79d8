// Terminal: facts about the terminal (tty or not, size, colour, charset); the decisions are pure functions.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum Terminal {
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns and rows reported by the kernel for `fd`, or nil when it is not a terminal (or reports 0).
    public static func windowSize(_ fd: Int32 = 1) -> (columns: Int, rows: Int)? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// Output width for `fd` (stdout by default), read afresh each call so window resizes are honoured.
    public static func width(_ fd: Int32 = 1, environment: [String: String]) -> Int {
        resolveWidth(ioctlColumns: windowSize(fd)?.columns, environment: environment)
    }

    public static func height(_ fd: Int32 = 1, environment: [String: String]) -> Int {
        resolveHeight(ioctlRows: windowSize(fd)?.rows, environment: environment)
    }

    /// The kernel's answer, else `$COLUMNS` (as shells export it), else 80.
    public static func resolveWidth(ioctlColumns: Int?, environment: [String: String]) -> Int {
        ioctlColumns ?? positive(environment["COLUMNS"]) ?? 80
    }

    /// The kernel's answer, else `$LINES`, else 24.
    public static func resolveHeight(ioctlRows: Int?, environment: [String: String]) -> Int {
        ioctlRows ?? positive(environment["LINES"]) ?? 24
    }

    /// Colour only on a terminal, never with `TERM=dumb`, never when `NO_COLOR` is set to a non-empty
    /// value (no-color.org: an empty NO_COLOR does not count).
    public static func colourAllowed(stdoutIsTerminal: Bool, environment: [String: String]) -> Bool {
        guard stdoutIsTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// True for the spellings of UTF-8 that `nl_langinfo(CODESET)` and locale names use.
    public static func isUTF8(codeset: String) -> Bool {
        let folded = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return folded == "utf8"
    }

    /// Sets the process locale from the environment (`setlocale(LC_ALL, "")`) and reports whether the
    /// user's codeset is UTF-8, which decides unicode vs ascii drawing. When it is not, LC_CTYPE is still
    /// switched to C.UTF-8, because libedit silently drops every non-ASCII key under a non-UTF-8 ctype.
    /// Call once at startup, before creating a `LibEditLineReader` (which calls it too; it is idempotent).
    @discardableResult
    public static func prepareLocale() -> Bool {
        setlocale(LC_ALL, "")
        let userIsUTF8 = currentCodesetIsUTF8()
        if !userIsUTF8 {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
        return userIsUTF8
    }

    private static func currentCodesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return isUTF8(codeset: String(cString: codeset))
    }

    private static func positive(_ text: String?) -> Int? {
        guard let text, let value = Int(text), value > 0 else { return nil }
        return value
    }
}
